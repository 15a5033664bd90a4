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
//   the break          kara_call_break -> kara_twenty_minutes (Jake's answer, said during the break;
//                      the twenty minutes told through #time; or cut short by a text or an early
//                      return, which floods him again) -> kara_the_return -> kara_after_the_break
//                      -> kara_break_ending (#ending:break_and_return), or on to kara_his_turn;
//                      kara_half_an_hour (#ending:break_and_return) when he asks for a break after
//                      she has kept pressing; kara_last_break (#ending:break_and_return) when a
//                      break is needed again after the first one
//   the stalemate      kara_cold_shoulder                                        (#ending:deadlock)
//
// Which track the story takes follows Kara's choices (kara_pressure), so every ending can be
// reached by choices alone. What Jake says and does follows the model: state_of / flooded, and
// received("jake") — how he heard her last move (a soft start-up can be heard as an attack).
// Time is the clock's: a break starts when it is called and its minutes pass through #time lines;
// narrated skips ("at one", "by evening") carry #time too. Whenever Kara herself is flooded, a
// break is on offer (the thread kara_break_offer, or the knot's own break choice).
// A line's #time passes before the line; its conditions are read before that, so a line that
// narrates a body (#body) never carries #time.

VAR kara_opening = ""     // how Kara opened: harsh | soft | closeness
VAR kara_pressure = 0     // +1 for each pressing move, -1 for each move that calms; 2+ = pressing track
VAR kara_last = ""        // Kara's last move, so Jake answers what she actually did
VAR kara_who_left = ""    // who stepped out for the first break: kara | jake
VAR kara_door = ""        // how the walk-out was met: contempt | silent; break: his half hour at the door after the first break
VAR kara_dinner = false   // she opened with Dev's dinner
VAR kara_misfired = false // her warm opening was heard as an attack (sentiment override)
VAR kara_cut_short = ""   // how the first break was cut short: text | early
VAR kara_jake_out = false  // the stalemate finds Jake outside at the gutter, not at the table
VAR kara_lunch_bid = false // in the kitchen after the stalemate, Jake offered her a coffee
VAR kara_he_repaired = false // after the break, Jake came back with an apology
VAR kara_taught_twenty = false  // coaching points are made once a path, where they first matter
VAR kara_taught_flood = false
VAR kara_taught_misread = false
VAR kara_taught_ask = false
VAR kara_taught_own = false     // "owning your part" coached once a path
VAR kara_taught_giveup = false  // "withdraw meets withdraw" coached once a path
VAR kara_taught_heard = false   // Kara's own sentiment override, coached once a path
VAR kara_asked = false     // Kara has asked plainly for something (a walk, a morning, to be kept posted)
VAR kara_let_go = false    // Jake shrugged off her harsh opening: he never said "fine"
VAR kara_yes_for_two = false // Jake said "I forgot it was a yes for two" at the opening
VAR kara_jake_froze = false  // Jake stonewalled or went over the flooding line somewhere on this path
VAR kara_jake_up = false     // Jake got up from the table in the flood
VAR kara_arms_folded = false // Jake sat with his arms folded, waiting
VAR kara_he_told = false     // Jake has said what he is carrying (the review, the midnight forecasts)
VAR kara_he_dismissed = false // Jake brushed off her question ("It's nothing. Work's busy.")
VAR kara_his_misread = false
VAR kara_laid_rule = false   // she asked for what she wants as a rule ("From now on... you tell me") // Kara's yes to his half hour was heard as a charge

=== kara_start ===
Saturday, a little after ten. Twelve years married, and the house is quiet: Maya and Sam are at Kara's sister Lena's until tomorrow, the first free Saturday morning in a month.
Jake was up at six, out on the ladder fixing the gutter. For the last hour he has been behind the newspaper, his coffee going cold by his elbow.
Kara has been carrying something all week. On Wednesday Priya mentioned, in passing, that Jake had said yes to Dev's dinner next Friday; it was news to Kara. On Friday she ate alone, because Jake worked late again.
The last time they did anything just the two of them was Lena's birthday dinner in March. Lately Kara catches herself wondering if they are turning into flatmates, and if she is getting used to it.
She sits down across from him. She has been rehearsing this since Thursday.
-> kara_the_newspaper

=== kara_the_newspaper ===
* [Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #move:criticize]
    ~ kara_opening = "harsh"
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    Let's talk about why we're not spending time together anymore. How can we get along if we don't work on our problems? #speaker:kara
    That is the article's opening: a harsh start-up. It names a problem in Jake, not a feeling in Kara, and conversations tend to end the way they begin (Gottman). #coach
* [I feel left out when you go quiet behind the paper. I'd like to know what's on your mind lately. #move:soft_startup]
    ~ kara_opening = "soft"
    ~ kara_last = "soft_startup"
    I feel left out when you go quiet behind the paper. I'd like to know what's been on your mind lately. #speaker:kara
    A soft start-up: I feel … when … I'd like … It describes one moment and asks for something that can be given, so it is meant as an invitation, not a verdict. #coach
* [I felt unimportant when Priya told me you'd said yes to Dev's dinner. I'd like to be kept posted. #move:soft_startup]
    ~ kara_opening = "soft"
    ~ kara_last = "soft_startup"
    ~ kara_dinner = true
    ~ kara_asked = true
    I felt unimportant when Priya told me you'd said yes to Dev's dinner. I'd like to be kept posted, even if you'd rather go on your own. #speaker:kara
    A soft start-up about one specific thing. The feeling is Kara's, the request is small and doable, and nothing in it says Jake is the problem. #coach
* [The kids are away till tomorrow. Would you come for a walk with me? Just us. #move:ask_closeness]
    ~ kara_opening = "closeness"
    ~ kara_last = "ask_closeness"
    ~ kara_taught_ask = true
    ~ kara_asked = true
    The kids are away till tomorrow. Would you come for a walk with me? Just us. I've missed you. #speaker:kara
    Asking directly for togetherness (Lancer): no case to answer, just an invitation that can be said yes to. #coach
- (jake_answers)
{
- received("jake") == "misread":
    ~ kara_misfired = true
    ~ kara_taught_misread = true
    Jake's face tightens before the paper has even come down.
    {
    - kara_dinner:
        So now I'm in trouble for saying yes to a dinner? I work fifty hours a week, Kara. I can't clear every invitation with you first. #speaker:jake #move:jake.defend
    - kara_opening == "closeness":
        A walk. Is it a walk, or is it a talk? Because I can hear a talk coming. #speaker:jake #move:jake.defend
    - else:
        Left out. So now I'm the problem? I've been up since six doing the gutter. #speaker:jake #move:jake.defend
    }
    Kara said it well, and it landed on an old bruise. When a couple's goodwill is worn thin, a gentle opening can be heard as the old complaint (Weiss: sentiment override). That is not a mistake in the words; what comes next counts for more. #coach
- kara_opening == "harsh" && received("jake") == "let_go":
    ~ kara_let_go = true
    Jake glances up over the paper. He looks tired more than stung.
    Problems? I thought we were doing okay. #speaker:jake #move:jake.dismiss
- kara_opening == "harsh":
    ~ kara_jake_froze = true
    I'm not sure what problems you're talking about. We're getting along fine. #speaker:jake #move:jake.dismiss
    He turns a page, and the paper comes back up between them. #move:jake.stonewall
- kara_dinner:
    ~ kara_yes_for_two = true
    Jake lowers the paper.
    Dev's thing. Yeah. I said yes in the corridor and forgot it was a yes for two. I should have asked you. #speaker:jake #move:jake.own_part
- kara_opening == "closeness":
    Jake smiles at her over the paper, but the paper stays up.
    Missed me? I'm right here, Kar. In a bit, yeah? Let me finish this. #speaker:jake #move:jake.dismiss
- else:
    Jake lowers the paper and looks at her, properly, for the first time this morning.
    Left out? I didn't know you felt like that. #speaker:jake #move:jake.turn_toward
}
-> kara_getting_along_fine

=== kara_getting_along_fine ===
{
- kara_misfired:
    Kara feels the old groove under her feet. She reached for him, and he heard a charge.
- received("kara") == "misread" && kara_dinner:
    -> kara_heard_wrong("I should have asked you") ->
- received("kara") == "misread":
    -> kara_heard_wrong("I didn't know you felt like that") ->
- kara_let_go:
    Doing okay. The words sit on the table between them.
- kara_opening == "harsh":
    Fine. The word sits on the table between them.
- kara_opening == "closeness":
    In a bit. Kara has heard "in a bit" all spring.
- else:
    He is listening. Kara can feel how much easier that makes the next thing to say, and how much harder.
}
<- kara_break_offer
* {not kara_misfired} [We haven't had a real conversation since March. It's all pickups and who's buying milk. #move:criticize]
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    {kara_opening == "harsh" && not kara_let_go:Fine? }{kara_let_go:Okay? }We haven't had a real conversation since March. It's all pickups and who's buying milk. #speaker:kara
    Protest: the fear underneath is of losing him, but what Jake hears is a grade, and a failing one. #coach
* {kara_misfired} [That's not what I said! I'm trying to be nice here. #move:defend]
    ~ kara_last = "defend"
    ~ kara_pressure += 1
    That's not what I said! I'm trying to be nice here. #speaker:kara
    Defending the words makes sense, and it keeps the argument about the words. It was heard as an attack, so the defence sounds like a second one. #coach
* {kara_misfired} [Wait. It came out wrong, or it landed wrong. I'm not keeping score. I miss you, that's all. #move:repair]
    ~ kara_last = "repair"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    Wait. It came out wrong, or it landed wrong. I'm not keeping score. I miss you, that's all. #speaker:kara
    Naming the misfire without blaming anyone for it: a repair attempt aimed at the moment, not at him. #coach
* {kara_opening == "harsh"} [That came out like a charge sheet. Sorry. What I mean is, I miss you. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    ~ kara_taught_own = true
    That came out like a charge sheet. I'm sorry. What I mean is, I miss you. #speaker:kara
    Owning your part, early. Taking responsibility for how something came out is the antidote to defensiveness, and it leaves something to answer besides a charge. #coach
* {kara_opening != "harsh" && not kara_misfired} [It's more than that. I've been lonely, and I'm scared of getting used to it. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    It's more than that. I've been lonely, and I'm scared of getting used to it. #speaker:kara
    The soft feeling under the complaint. Fear and loneliness invite a partner closer; blame sends a partner behind the paper. #coach
* [Kara breathes first, four counts in and six out, and tries again, slower. #move:self_soothe]
    ~ kara_last = "self_soothe"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    Kara breathes out slowly, four counts in, six out, before she says anything.
    {
    - state_of("kara") != "calm":
        Her jaw is still tight. #body:kara.stirred
    }
    {kara_opening == "harsh" || kara_misfired:Okay. Let me try that again, slower.|I don't want this to turn into a fight. I just miss you.} #speaker:kara
    Self-soothing first. A pursuer's alarm says push now; a few slow breaths buy the choice of how. #coach
* {kara_misfired} [Forget it. Read your paper. #move:withdraw]
    ~ kara_last = "withdraw"
    ~ kara_taught_giveup = true
    Forget it. Read your paper. #speaker:kara
    Giving up after a misfire is the most human thing in the world. It also teaches both of them that reaching doesn't work. #coach
    -> kara_cold_shoulder
- (jake_answers)
{
- flooded("jake"):
    ~ kara_jake_froze = true
    Jake turns a page he hasn't read. Nothing. #move:jake.stonewall
- received("jake") == "misread":
    Jake hears the first half and none of the rest.
    Here we go. What did I do this week? #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- state_of("jake") == "escalated":
    Since March I've been doing fifty-hour weeks. Sorry if the milk isn't exciting enough. Every Saturday turns into a hearing. #speaker:jake #move:jake.defend
- kara_last == "defend":
    I didn't say you weren't. I'm just reading the paper, Kara. #speaker:jake #move:jake.dismiss
- state_of("jake") == "activated" || stance_of("jake") == "stonewalling":
    I don't know what you want me to say, Kara. I'm sitting right here. #speaker:jake #move:jake.defend
- kara_last == "criticize":
    I'm right here, though. We had dinner Tuesday. I don't know what you want me to say. #speaker:jake #move:jake.dismiss
- else:
    Jake folds the paper in half and sets it down.
    Okay. I'm listening. #speaker:jake #move:jake.turn_toward
}
-> kara_second_try

=== kara_second_try ===
~ note_jake()
{
- state_of("jake") == "flooded":
    The paper is up again. Kara can see his knuckles white on the edge of it. #body:jake.flooded
- stance_of("jake") == "stonewalling":
    The paper is up again.
- received("kara") == "misread":
    -> kara_heard_wrong("I'm listening") ->
- kara_last == "criticize" || kara_last == "defend":
    Jake's eyes drift back to the page, as if the conversation might finish itself.
- else:
    For a second neither of them says anything. The fridge hums.
}
<- kara_break_offer
* [Put the paper down. I'm not talking to the back of the sports section. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    Put the paper down. I'm not talking to the back of the sports section. #speaker:kara
    A demand. It may get the paper down, but it says he's in trouble, and a partner who withdraws when in trouble goes further in, not out. #coach
* [I'm not asking you to fix anything. I'd like this morning with you. A walk, coffee out, anything. #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    ~ kara_asked = true
    {kara_opening == "closeness":Not in a bit, though. I'm not asking you to fix anything. I'd just like this morning with you.|I'm not asking you to fix anything. I'd just like this morning with you. A walk, coffee out, anything.} #speaker:kara
    {
    - not kara_taught_ask:
        ~ kara_taught_ask = true
        Asking directly for togetherness (Lancer), with the threat taken out: nothing to fix, nothing to fail. #coach
    - else:
        The same ask, with the threat taken out: nothing to fix, nothing to fail. #coach
    }
* [I know I save things up all week and unload them on Saturday. That's on me. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    I know I save things up all week and then unload them on you on Saturday. That part's on me. #speaker:kara
    {
    - not kara_taught_own:
        ~ kara_taught_own = true
        Owning your part. Lerner: it's easier to point at our partner than to see our own step in the dance. #coach
    }
* {kara_pressure >= 2} [Kara laughs, not kindly. Of course. Mr. Everything's Fine. #move:contempt]
    ~ kara_last = "contempt"
    ~ kara_pressure += 1
    Kara laughs, not kindly.
    Of course. Mr. Everything's Fine. #speaker:kara
    Contempt, the sharpest of Gottman's four horsemen: mockery says he is beneath her, and it floods a partner faster than any complaint. #coach
- (jake_answers)
{
- flooded("jake"):
    ~ kara_jake_froze = true
    Jake says nothing. His face has gone flat and far away. #move:jake.stonewall
- received("jake") == "misread":
    Jake hears a charge in it anyway.
    {kara_last == "own_part":So you know you do it. Great. Saturday's for unloading on me.|Anything. Right. As long as it's now.} #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- state_of("jake") == "escalated":
    I work, I do the pickups, I've been up a ladder since six. What am I failing at now? #speaker:jake #move:jake.defend
- kara_last == "contempt":
    Mr. Everything's Fine. Good one. That's what you think of me? #speaker:jake #move:jake.defend
- kara_last == "demand":
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
// A break, whenever Kara is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== kara_break_offer ===
+ {flooded("kara")} [I'm too wound up to do this well. I need twenty minutes, and then we try again. #move:take_break=20]
    ~ kara_last = "take_break"
    I'm too wound up to do this well. I need twenty minutes, and then we try again. #speaker:kara
    Kara is past the flooding line herself: words come out harder than she means them, and warm ones are hard to reach. Calling the break on herself, with a time to come back, is the skill. #coach
    -> kara_call_break

// A warm move heard as an attack, noted once a path where it first happens after the opening.
=== kara_misread_note ===
{
- not kara_taught_misread:
    ~ kara_taught_misread = true
    It was warm, and it was heard as the old charge: with goodwill worn thin, a kind sentence can land on a bruise (Weiss: sentiment override). That is not Kara's failure, and staying warm through a misfire is how the sentiment changes. #coach
}
->->

// Jake stonewalled or went over the line: later lines may call his silence a freeze.
=== function note_jake() ===
{
- flooded("jake") || stance_of("jake") == "stonewalling":
    ~ kara_jake_froze = true
}

// Kara hears a kind sentence of Jake's as the old charge: her own sentiment override, coached once a path.
=== kara_heard_wrong(said) ===
Kara hears "{said}" as here we go again, and has to remind herself what he actually said.
{
- state_of("kara") != "calm":
    Her face goes hot before she can stop it. #body:kara.stirred
}
{
- not kara_taught_heard:
    ~ kara_taught_heard = true
    That one was Kara's misfire, not his. With a lonely month behind her, a kind sentence can arrive sounding like the old brush-off (Weiss: sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

=== kara_call_break ===
~ kara_last = "take_break"
{
- kara_twenty_minutes == 0:
    ~ kara_who_left = "kara"
    -> kara_twenty_minutes
}
-> kara_last_break

// ---------------------------------------------------------------------------------------------
// The pressing track
// ---------------------------------------------------------------------------------------------

=== kara_heating_up ===
~ note_jake()
{
- state_of("jake") == "flooded":
    ~ kara_jake_froze = true
    The silence stretches. A muscle jumps in Jake's jaw; he is somewhere Kara can't reach. #move:jake.stonewall #body:jake.flooded
- stance_of("jake") == "stonewalling":
    ~ kara_jake_froze = true
    The silence stretches. Jake is somewhere Kara can't reach. #move:jake.stonewall
- state_of("jake") == "escalated" || stance_of("jake") == "defending":
    Jake folds the paper along sharp, exact creases, and doesn't look at her. #move:jake.withdraw
- else:
    Jake sets the paper down carefully, like something that might go off, and waits, braced. #move:jake.defend
}
{
- state_of("kara") == "flooded":
    Kara's heart is pounding so hard she can hear it. #body:kara.flooded
- state_of("kara") == "escalated":
    Kara's heart is going fast. #body:kara.hot
- state_of("kara") == "activated":
    Kara can feel her pulse in her throat. #body:kara.stirred
}
She can feel the morning tipping, and she can feel which way she wants to push it.
~ temp over_the_line = flooded("kara") || flooded("jake")
* [This is what you do. You go quiet and I'm left talking to myself. You've checked out of this marriage. #move:blame]
    ~ kara_last = "blame"
    ~ kara_pressure += 1
    This is what you do. You go quiet, and I'm left talking to myself. You've checked out of this marriage. #speaker:kara
    Blame turns one morning into a verdict on who he is. Jake can't agree to that without losing himself, so he will defend or disappear. #coach
    -> kara_the_flood
* [Wait. I'm pushing, and you're shutting down, and we're both losing. Can I start again? #move:repair]
    ~ kara_last = "repair"
    ~ kara_pressure = MAX(kara_pressure - 2, 0)
    Wait. I'm pushing, and you're shutting down, and we're both losing. Can I start again? #speaker:kara
    A repair attempt that names the cycle. The problem becomes the dance, not him and not her. #coach
    -> kara_repair_answer
* [I can feel myself getting worked up. Can we stop for twenty minutes and try again after that? #move:take_break=20]
    I can feel myself getting worked up. Can we stop for twenty minutes and try again after that? #speaker:kara
    {
    - over_the_line:
        Someone is already over the flooding line, so this is the break the morning needs, and it comes with a time to come back. That is what makes it a break and not an exit. #coach
    - else:
        A break called early, before anyone is over the line, with a time to come back. That is what makes it a break and not an exit. #coach
    }
    -> kara_call_break
* [Forget it. Read your paper. #move:withdraw]
    ~ kara_last = "withdraw"
    ~ kara_taught_giveup = true
    Forget it. Read your paper. #speaker:kara
    Giving up looks like calm, but it is the last turn of the cycle: both of them withdrawn. #coach
    -> kara_cold_shoulder

// Jake's answer to a repair attempt, and on to wherever the soft track picks up.
=== kara_repair_answer ===
{
- flooded("jake"):
    Jake nods, once, without looking at her. It's not clear the words got through. #move:jake.withdraw
- received("jake") == "misread":
    Start again so you can say it all twice? #speaker:jake #move:jake.defend
    -> kara_misread_note ->
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

=== kara_the_flood ===
~ note_jake()
~ temp jake_was = state_of("jake")
{
- jake_was == "flooded":
    Jake's breathing has gone shallow. His face is blank in a way Kara knows: not bored, overwhelmed. #body:jake.flooded
- jake_was == "escalated":
    ~ kara_jake_up = true
    Jake is on his feet before he seems to decide to stand.
- else:
    ~ kara_jake_up = true
    Jake pushes his chair back from the table and stands.
}
{
- jake_was == "flooded":
    I can't. I can't do this right now. #speaker:jake #move:jake.withdraw
- jake_was == "escalated":
    You want to know what I think? I think nothing I do will ever be enough for you. #speaker:jake #move:jake.defend
- else:
    Okay. I'm not doing this right now. #speaker:jake #move:jake.withdraw
}
~ note_jake()
{
- jake_was == "flooded" && not kara_taught_flood:
    ~ kara_taught_flood = true
    Going quiet is not the same as not caring. Past about 100 beats a minute the body stops taking in words (Gottman's flooding); the stonewall is a freeze, not a verdict. #coach
- jake_was == "escalated" && flooded("jake") && not kara_taught_flood:
    ~ kara_taught_flood = true
    That was Jake going over the flooding line. Past about 100 beats a minute the body braces to fight or get out, and words land as threats (Gottman); every push from here costs more than the last. #coach
- jake_was == "escalated" && not flooded("jake"):
    Jake is not past the flooding line yet, but he is close, and every push now costs more than the last one. #coach
}
* [Don't you dare walk away from me. Sit down and finish this. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    Don't you dare walk away from me. Sit down and finish this. #speaker:kara
    Ordering a body that is shutting down to sit still asks it to do the one thing it can't. It usually ends at the door. #coach
    -> kara_at_the_door
* [Fine. Take five minutes, then we finish this. #move:take_break=5]
    ~ kara_last = "take_break"
    Fine. Take five minutes. Then we finish this. #speaker:kara
    -> kara_five_minutes
* [You look done in. Let's stop for twenty minutes. I'll walk round the block, and we try again when I'm back. #move:take_break=20]
    You look done in. Let's stop for twenty minutes. I'll walk round the block, and we'll try again when I'm back. #speaker:kara
    -> kara_call_break
* [Kara pushes her chair back. Fine. I'm used to talking to myself. #move:blame]
    ~ kara_last = "blame"
    Kara pushes her chair back.
    Fine. I'm used to talking to myself. #speaker:kara
    Walking off with a parting shot isn't a break: there's no time to come back, and the blame goes too. #coach
    -> kara_cold_shoulder

=== kara_five_minutes ===
// Five minutes start a break; what Kara does when they are up ends it.
Kara goes to the sink and watches the clock on the oven.
Five minutes. She comes back and sits down. #time:5
{
- flooded("jake") && kara_jake_up:
    Jake is standing at the back door with his back to the room. When he turns, it is the same flat look.
- flooded("jake"):
    Jake hasn't moved. Same page, the same flat look.
- state_of("jake") == "calm":
    Jake {kara_jake_up:has sat back down and folded|has folded} the paper away. He looks up when she sits.
- else:
    ~ kara_arms_folded = true
    Jake is {kara_jake_up:leaning against the counter|still at the table}, arms folded, waiting for round two.
}
{
- not kara_taught_twenty && flooded("jake"):
    ~ kara_taught_twenty = true
    Five minutes don't bring a flooded body back down. It takes about twenty (Gottman), spent on something other than rehearsing the argument. #coach
- not kara_taught_twenty:
    ~ kara_taught_twenty = true
    Jake wasn't flooded, so five minutes were enough to breathe. Once someone is past the line, it takes about twenty. #coach
}
* [It's been five minutes. Let's finish this. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 1
    It's been five minutes. Let's finish this. #speaker:kara
    -> kara_at_the_door
* {not flooded("jake")} [Thanks for waiting. Can I start again, slower? What all that was about is, I miss you. #move:repair]
    ~ kara_last = "repair"
    ~ kara_pressure = MAX(kara_pressure - 2, 0)
    Thanks for waiting. Can I start again, slower? What all that was about is, I miss you. #speaker:kara
    A repair once both are back under the line: the same wish, without the charge. #coach
    -> kara_repair_answer
* [You're still not okay, are you? Let's make it a real break. Twenty minutes. I'll come and find you when they're up. #move:take_break=20]
    ~ kara_last = "take_break"
    You're still not okay, are you? Let's make it a real break. Twenty minutes. I'll come and find you when they're up. #speaker:kara
    -> kara_last_break
* [Forget it. #move:withdraw]
    ~ kara_last = "withdraw"
    Forget it. #speaker:kara
    {
    - not kara_taught_giveup:
        ~ kara_taught_giveup = true
        Giving up looks like calm, but it is a pursuer going cold: now both of them are withdrawn. #coach
    }
    -> kara_cold_shoulder

=== kara_at_the_door ===
// A walk-out is somebody leaving flooded. If nobody is over the line, Jake goes quiet instead.
~ note_jake()
{
- not flooded("jake") && not flooded("kara"):
    Jake gets up and takes his mug to the sink.
    I'm going to finish the gutter. #speaker:jake #move:jake.withdraw
    -> kara_cold_shoulder
}
{
- flooded("jake"):
    Jake stands so fast the chair scrapes. He takes his keys from the bowl without a word. #move:jake.withdraw
- else:
    I'm not doing this. I'm going out. #speaker:jake #move:jake.withdraw
}
He is at the front door, coat half on.
* [That's right. Run. It's what you always do. #move:contempt]
    ~ kara_last = "contempt"
    ~ kara_door = "contempt"
    That's right. Run. It's what you always do. #speaker:kara
    The door closes hard enough to rattle the glass.
    -> kara_after_the_door
* [Okay. Go if you need to. Just tell me when you'll be back. Half an hour? #move:take_break=30]
    ~ kara_last = "take_break"
    Okay. Go if you need to. Just tell me when you'll be back. Half an hour? #speaker:kara
    The same exit, turned into a break: a time to return makes leaving safe for both of them. Walk away, Gaspard writes, but not in anger or blame. #coach
    {
    - flooded("jake"):
        He stops with his hand on the latch. He doesn't turn round.
        Half an hour. #speaker:jake #move:jake.take_break
    - else:
        Half an hour. I'll be back. #speaker:jake #move:jake.take_break
    }
    {
    - kara_twenty_minutes == 0:
        ~ kara_who_left = "jake"
        -> kara_twenty_minutes
    }
    ~ kara_door = "break"
    -> kara_last_break
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
+ {flooded("kara")} [Kara puts the phone in a drawer and gives herself twenty minutes before she does anything. #move:take_break=20]
    ~ kara_last = "take_break"
    Kara puts the phone in the drawer with the takeaway menus and shuts it.
    She sits on the stairs and breathes, four counts in, six out, and lets twenty minutes go by. #time:20
    {
    - state_of("kara") == "calm":
        By the end of it her hands are steady. #body:kara.calm
    - else:
        By the end of it she is steadier, if not calm. #body:kara.stirred
    }
    A break of her own. It can't bring him back, but it means the next thing she sends won't come from the flood. #coach
    -> ending
* [Kara types. Typical. Don't bother coming back for lunch. #move:blame]
    ~ kara_last = "blame"
    Typical. Don't bother coming back for lunch. #speaker:kara
    {
    - flooded("jake") || stance_of("jake") == "stonewalling":
        The message shows as read. No reply. #move:jake.stonewall
    - else:
        Fine. #speaker:jake #move:jake.withdraw
    }
    A message sent in blame keeps the fight going after the room is empty; it gives his body no chance to come down. #coach
* [Kara types. I'm sorry I pushed. Take the time you need. I'll be here. #move:repair]
    ~ kara_last = "repair"
    I'm sorry I pushed. Take the time you need. I'll be here. #speaker:kara
    {
    - flooded("jake"):
        The message shows as read. No reply. #move:jake.withdraw
    - received("jake") == "misread":
        Take the time I need. Thanks for the permission. #speaker:jake #move:jake.defend
    - else:
        Thanks. I need an hour. I'll be back for lunch. #speaker:jake #move:jake.ask_space=60
    }
    {
    - received("jake") == "misread":
        She meant it, and it reached him as one more instruction. A repair after the fact can misfire too; it still leaves the door open, and he will read it again when he is calmer. #coach
    - else:
        A repair after the fact. It can't undo the walk-out, but it leaves the door open. #coach
    }
* [Kara puts the phone face down and breathes, four in, six out. #move:self_soothe]
    ~ kara_last = "self_soothe"
    Kara puts the phone face down and breathes, four counts in, six out.
    {
    - state_of("kara") == "calm":
        After a while her hands are steady again. #body:kara.calm
    - else:
        Her hands are still not quite steady. #body:kara.stirred
    }
    Self-soothing instead of chasing him down the street: she can't calm him from here, but she can calm herself. #coach
- (ending)
{
- kara_last == "blame":
    An hour later Jake comes home and goes straight to the garage. They don't talk about the morning. They don't talk much at all. #time:60
- kara_last == "repair":
    An hour later Jake comes home. He squeezes her shoulder on his way past. Neither of them knows how to start again, so neither of them does. #time:60
- else:
    An hour later Jake comes home. Kara is calmer, but nothing was agreed, and the morning sits between them like the folded paper. #time:60
}
He walked out in the heat of it, with no time to come back. The conversation Kara wanted is further off than it was at ten. #ending:walked_out
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== kara_twenty_minutes ===
// The break has started: Kara called it (kara_call_break), or agreed to Jake's half hour at the
// door. Jake's answer to her call is said now, during the break, in the state he is in.
{
- kara_who_left == "kara":
    {
    - flooded("jake"):
        ~ kara_jake_froze = true
        Jake doesn't look up. When he answers, his voice is flat and comes from a long way off.
        Twenty minutes. Okay. #speaker:jake #move:jake.take_break
    - state_of("jake") == "escalated":
        Jake nods at the table, his jaw tight. #body:jake.hot
        Twenty minutes. Okay. #speaker:jake #move:jake.take_break
    - else:
        Jake lets out a breath.
        Twenty minutes. Okay. Thanks. #speaker:jake #move:jake.take_break
    }
    Kara takes her coat and goes out. The street is wet and quiet.
    {
    - state_of("kara") == "cooling":
        Her pulse is still thudding in her ears. #body:kara.stirred
    }
- else:
    The front door closes behind him, not slammed. Kara is alone with two cold coffees and half an hour.
}
{
- not kara_taught_twenty:
    ~ kara_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if they are spent on something other than rehearsing the argument. A break has a time to come back, and no punishment in it. #coach
}
{kara_who_left == "kara":At the end of the road she notices she is still arguing with him in her head, and winning every round.|She rinses the cups and stands at the window. The ladder is still up against the gutter.} #time:4
Then the other alarm goes off, the old one: {kara_who_left == "kara":he's relieved you've gone; he'll stay behind that paper for good|he's relieved to be out of here; what if he doesn't come back}; fix it now, before it sets. #time:2
* {flooded("kara")} [Kara sets her phone to ring in twenty minutes, puts it away, and lets the other alarm ring itself out. #move:take_break=20]
    -> alarm_set
* {not flooded("kara")} [Kara sets her phone to ring in twenty minutes, puts it away, and lets the other alarm ring itself out. #move:self_soothe]
    -> alarm_set
* {kara_cut_short == "" && kara_who_left == "kara"} [Kara texts him. Just: Are we okay? #move:bid]
    ~ kara_cut_short = "text"
    ~ kara_last = "bid"
    Are we okay? #speaker:kara
    -> cut_short
* {kara_cut_short == "" && kara_who_left == "jake"} [Kara texts him. Where are you? Are you coming back? #move:bid]
    ~ kara_cut_short = "text"
    ~ kara_last = "bid"
    Where are you? Are you coming back? #speaker:kara
    -> cut_short
* {kara_cut_short == "" && kara_who_left == "kara"} [Kara turns round and goes home. Better to sort it out now than walk around this scared. #move:ask_closeness]
    ~ kara_cut_short = "early"
    ~ kara_last = "ask_closeness"
    She turns round at the corner, and she is back in the kitchen before ten minutes are up.
    I couldn't stay out there. Can we just talk now? Please? #speaker:kara
    -> cut_short

= alarm_set
She sets the phone to ring, puts it in her pocket, and lets the fear say its piece without doing what it says.
{
- kara_who_left == "kara":
    She walks the long loop by the creek. The water is high and brown after the week's rain. #time:7
    On the hill she counts her breath, four in and six out, because it gives the fear something to do besides give orders. #time:5
- else:
    She makes herself toast and eats it at the table, slowly, with the radio on. #time:8
    She flips through one of the magazines from the recycling without reading it, mostly for the sound of the pages. #time:6
}
{
- state_of("kara") == "calm":
    Somewhere in there her shoulders come down from her ears. #body:kara.calm
- else:
    She is steadier than she was, if not calm yet. #body:kara.stirred
}
{kara_who_left == "kara":The phone rings at the top of the road, and she turns for home.|The phone rings. She turns the radio off and waits.} #time:6
~ note_jake()
{not kara_taught_flood && kara_who_left == "kara" && kara_jake_froze:
    ~ kara_taught_flood = true
    What the walk was for: a body past about 100 beats a minute stops taking words in (Gottman's flooding). The silence behind the paper was a freeze, not a verdict, and it needed the time. #coach
}
-> kara_the_return

= cut_short
// Kara's text or her early return ends the break: a partner still cooling floods again.
{
- kara_cut_short == "early" && flooded("jake"):
    Jake is where she left him, the paper flat under his hands. He looks at her as if she has come back with more. #body:jake.flooded
    You said twenty minutes. #speaker:jake #move:jake.defend
- kara_cut_short == "early" && received("jake") == "misread":
    Jake looks up, and his face shuts.
    You said twenty minutes. Can you not? #speaker:jake #move:jake.defend
- kara_cut_short == "early":
    Jake looks up, startled.
    Already? I'm not there yet, Kar. Give me the rest of it. #speaker:jake #move:jake.ask_space=10
- flooded("jake"):
    The message shows as read straight away. Then nothing, long enough that she checks her signal. Then two words.
    Not now. Please. #speaker:jake #move:jake.withdraw
- received("jake") == "misread" && kara_who_left == "jake":
    The message shows as read. Then a reply.
    I said half an hour. I'm not running off, Kara. #speaker:jake #move:jake.defend
- received("jake") == "misread":
    The message shows as read. Then a reply.
    You said twenty minutes. Can you not? #speaker:jake #move:jake.defend
- else:
    The message shows as read. Then a reply.
    I'm okay. I just need the time. #speaker:jake #move:jake.ask_space=10
}
{
- received("jake") == "misread" && not flooded("jake"):
    He heard a check-up in it, not a reach: another misfire, and not hers to fix by explaining. The twenty minutes were the point, and they still are. #coach
- flooded("jake"):
    Reaching into a break, even gently, starts it over for a body that was still cooling: the twenty minutes only count if nothing cuts into them. The reach is the pursuer's alarm talking, not a failing. #coach
- else:
    He was steady enough to take it this time. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
{
- state_of("kara") == "flooded":
    Kara's heart is hammering again. #body:kara.flooded
}
* {kara_who_left == "kara" && kara_cut_short == "text"} [Kara writes back: Okay. Sorry. Twenty minutes, properly. I won't text again. #move:take_break=20]
    Okay. Sorry. Twenty minutes, properly. I won't text again. #speaker:kara
    -> restart
* {kara_who_left == "jake"} [Kara writes back: Okay. Take the time. I'll be here. #move:take_break=20]
    Okay. Take the time. I'll be here. #speaker:kara
    -> restart
* {kara_cut_short == "early"} [You're right. I'm going back out. Twenty minutes, properly this time. #move:take_break=20]
    You're right. I'm going back out. Twenty minutes, properly this time. #speaker:kara
    {
    - flooded("jake"):
        Jake nods at the table. He doesn't trust himself with more. #move:jake.take_break
    - else:
        Thanks. Twenty minutes. #speaker:jake #move:jake.take_break
    }
    -> restart
* [Fine. Forget it, then. #move:withdraw]
    ~ kara_last = "withdraw"
    Fine. Forget it, then. #speaker:kara
    {
    - kara_who_left == "jake":
        ~ kara_jake_out = true
        She turns the phone face down. When Jake gets back, he doesn't come in; she hears the ladder go up against the gutter. #time:20
    - kara_cut_short == "text":
        She walks home slowly and lets herself in without a word. #time:8
    }
    -> kara_cold_shoulder

= restart
~ kara_last = "take_break"
{
- kara_who_left == "jake":
    She puts the phone in the drawer with the takeaway menus and shuts it. #time:10
    She cleans the hob, which doesn't need it. #time:12
    Half an hour after her text, Jake's key turns in the lock. #time:10
- else:
    {kara_cut_short == "text":She puts the phone in her pocket, screen in, and keeps walking.|She goes back out and walks the loop by the creek, the long way this time.} #time:8
    She doesn't look at the phone once. It is harder than it sounds. #time:8
    The sky clears over the allotments. She stands and watches a man turning his compost, for no reason at all. #time:6
    This time she comes back when she said she would. #time:2
}
-> kara_the_return

=== kara_the_return ===
{
- kara_who_left == "jake" && kara_cut_short == "":
    Just over half an hour after he left, Jake's key turns in the lock. #time:8
- kara_who_left == "kara" && kara_cut_short == "":
    When the twenty minutes are up, she comes back into the kitchen.
}
{
- flooded("jake"):
    Jake is at the table, but his face is still closed.
    I'm here. I don't know if I can talk yet. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    ~ kara_arms_folded = true
    Jake sits down across from her with his arms folded.
    Okay. Go on, then. #speaker:jake #move:jake.defend
- else:
    ~ kara_he_repaired = true
    {kara_who_left == "jake":Jake comes in with two coffees from the place on the corner. He puts one in front of her.|Jake has made two fresh coffees. He slides one across the table.}
    {kara_jake_froze:I'm sorry I went blank. I wasn't ignoring you. It just goes white in my head.|I'm sorry I got defensive. You were trying to talk to me and I made it a fight.} #speaker:jake #move:jake.repair
    {
    - received("kara") == "misread":
        -> kara_heard_wrong("I'm sorry") ->
    }
}
<- kara_break_offer
* [I'm sorry. I came at you with a list. What I meant was, I miss you. #move:own_part]
    ~ kara_last = "own_part"
    ~ kara_pressure = 0
    {kara_he_repaired:I'm sorry too.|I'm sorry.} I came at you with a list. What I meant was, I miss you. #speaker:kara
    {
    - not kara_taught_own:
        ~ kara_taught_own = true
        Coming back softer than you left: owning your part is what lets the break pay off. #coach
    - else:
        Coming back softer than she left: that is what lets the break pay off. #coach
    }
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
    - flooded("jake") || state_of("jake") == "escalated":
        Jake looks at the table.
        Apparently not. #speaker:jake #move:jake.withdraw
    - else:
        Jake's face closes again, like a door.
        I was. #speaker:jake #move:jake.withdraw
    }
    -> kara_cold_shoulder

=== kara_after_the_break ===
{
- flooded("jake"):
    For a moment Jake says nothing, but he doesn't leave either. He stays at the table, looking at his coffee.
    I'm still not... give me a minute. #speaker:jake #move:jake.ask_space=5
- received("jake") == "misread":
    Jake's shoulders go up again.
    Do we have to do the whole list now? #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    {kara_arms_folded:His arms unfold.|He nods slowly.}
    Yeah. Okay. #speaker:jake #move:jake.turn_toward
- kara_last == "own_part":
    I've missed you too, you know. I just didn't know how to say it without it turning into a fight. #speaker:jake #move:jake.share_vulnerable
    {
    - received("kara") == "misread":
        -> kara_heard_wrong("I've missed you too") ->
    }
- else:
    Yeah. I'd like that. #speaker:jake #move:jake.turn_toward
}
<- kara_break_offer
* [Thank you for coming back to it. Let's pick the rest up tonight over dinner. Just us. #move:appreciate]
    ~ kara_last = "appreciate"
    Thank you for coming back to it. Let's pick the rest up tonight over dinner. Just us. #speaker:kara
    Resuming when both are calm, with a time set. Not everything has to be solved this morning. #coach
    {
    - flooded("jake") || state_of("jake") == "escalated":
        Jake nods slowly.
        Tonight. #speaker:jake #move:jake.take_break
    - else:
        Tonight. I'll cook. You always say my risotto is the only thing I'm good at. #speaker:jake #move:jake.humor
    }
    -> kara_break_ending
* [Can I say what I'd like? One evening a week that's just us. No phones, no logistics. #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    Can I say what I'd like? One evening a week that's just us. No phones, no logistics. #speaker:kara
    {
    - not kara_taught_ask:
        ~ kara_taught_ask = true
        Asking directly for togetherness (Lancer), once both are calm enough to hear it: a request, not a complaint about what's missing. #coach
    }
    {
    - flooded("jake"):
        Jake nods, but he is a long way off. #move:jake.withdraw
    - received("jake") == "misread":
        Another thing I'm not doing. #speaker:jake #move:jake.defend
        -> kara_misread_note ->
    - state_of("jake") == "escalated":
        Okay. Yes. #speaker:jake #move:jake.turn_toward
    - else:
        I'd like that. Wednesdays? And come to Dev's on Friday. I should have asked you, not just said yes. #speaker:jake #move:jake.turn_toward
    }
    {
    - not flooded("jake") && not flooded("kara") && state_of("jake") != "escalated" && received("jake") != "misread":
        -> kara_reconnected
    }
    -> kara_break_ending

=== kara_break_ending ===
For the next half hour they do separate things: Jake goes back up the ladder to the gutter, Kara rings Lena's and talks to Maya and Sam. It isn't a cold silence. It's two people resting. #time:30
Tonight, over dinner, they will start again, slower. They stopped when they needed to and came back calmer, and the morning didn't get the last word. #ending:break_and_return
-> END

// A second break, when one is needed again after the first (five minutes that were not enough,
// or a break called again after the return): no more reaching into it.
=== kara_last_break ===
// A break with no reaching into it: Jake's answer during it, the twenty minutes, and the day
// left for tonight.
{
- kara_door == "break":
    The front door closes behind him, not slammed. He said half an hour.
- flooded("jake"):
    Jake doesn't look up. When he answers, his voice is flat and a long way off.
    Okay. Twenty minutes. #speaker:jake #move:jake.take_break
- else:
    Okay. Yeah. Let's stop. #speaker:jake #move:jake.take_break
}
{
- not kara_taught_twenty:
    ~ kara_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{kara_twenty_minutes > 0 || kara_five_minutes > 0:This time nobody reaches into it. }Kara sits on the back step with a magazine and turns the pages without reading them. #time:12
She watches next door's cat stalk a pigeon and give up. #time:10
{
- state_of("kara") == "calm":
    When she goes back in, her hands are steady. #body:kara.calm
- else:
    When she goes back in she is steadier, if not calm. #body:kara.stirred
}
{
- kara_door == "break":
    Half an hour after he left, his key turns in the lock. He comes in, puts the kettle on, and makes her a cup without asking. #time:8
}
They don't finish it this morning. They agree to try again tonight, slower. #time:3
{kara_twenty_minutes > 0 || kara_five_minutes > 0:The morning needed the break twice; the second time, they let it be one.|They stopped before the morning could say anything worse, and they will come back to it calmer.} #ending:break_and_return
-> END

// ---------------------------------------------------------------------------------------------
// The stalemate
// ---------------------------------------------------------------------------------------------

=== kara_cold_shoulder ===
~ note_jake()
Kara goes upstairs and folds laundry that's already folded. {kara_jake_out:Outside, the ladder creaks.|Downstairs, a page turns.}
{
- kara_jake_out:
    Jake stays out on the ladder long after the last bracket is in. #move:jake.withdraw
- flooded("jake") || stance_of("jake") == "stonewalling":
    ~ kara_jake_froze = true
    Jake stays at the table with the paper long after he has stopped reading it. #move:jake.stonewall
- else:
    Jake stays downstairs. #move:jake.withdraw
}
Half an hour later they meet in the kitchen. #time:30
{
- flooded("jake") || state_of("jake") == "escalated":
    Jake makes himself a coffee and doesn't ask if she wants one. #move:jake.withdraw
- else:
    ~ kara_lunch_bid = true
    I'm making coffee. Want one? #speaker:jake #move:jake.bid
}
<- kara_break_offer
* [Kara says as little as she can and goes back upstairs. #move:withdraw]
    ~ kara_last = "withdraw"
    {kara_lunch_bid:No. Thanks.|I'll be upstairs.} #speaker:kara
    She fills a glass of water and goes back up.
    Nothing is said about the morning, and nothing has changed. It will come up again in a month, the same way.
    {
    - not kara_taught_giveup:
        ~ kara_taught_giveup = true
        Withdraw meets withdraw: the quietest turn of the cycle, and the one that lasts longest. #coach
    }
* {kara_lunch_bid} [Kara sits down with him at the table. Thanks. Yes. #move:turn_toward]
    ~ kara_last = "turn_toward"
    Thanks. Yes. #speaker:kara
    They drink it at the table and talk about Sam's swimming, the gutter, Dev's new car. Anything but the morning.
    Turning toward a small bid matters; it's how the account refills. But nobody has named what happened, so it's a truce, not an answer. #coach
* {not kara_lunch_bid} [Kara sits down with him at the table. Make me one too? #move:bid]
    ~ kara_last = "bid"
    Make me one too? #speaker:kara
    {
    - flooded("jake") || state_of("jake") == "escalated" || received("jake") == "misread":
        Jake pushes the jar across the counter to her without a word, and takes his mug outside. #move:jake.withdraw
        A small bid of her own, and he can't take it yet. Bids missed in a cold hour aren't the last word; nobody has named what happened, so there isn't even a truce. #coach
    - else:
        Jake gets a second mug down without a word and makes it the way she likes it. #move:jake.turn_toward
        They drink it at the table and talk about Sam's swimming, the gutter, Dev's new car. Anything but the morning.
        A small bid of her own, and it lands. But nobody has named what happened, so it's a truce, not an answer. #coach
    }
- (ending)
The afternoon will go the same way: an ordinary Saturday, gone through the motions. {kara_he_told:Kara is still lonely; Jake has said what he's carrying, and neither of them knows what to do with it now, so neither of them says anything.|Kara is still lonely, Jake still hasn't said what he's carrying, and neither of them says so.} #ending:deadlock
-> END

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== kara_opening_up ===
// A flooded Jake can't open up, whatever Kara says; the break is the only way through.
{
- flooded("jake") && kara_the_flood == 0:
    -> kara_the_flood
}
~ temp jake_silent = false
{
- kara_last == "repair":
    For a while neither of them says anything. Kara lets the quiet sit, and doesn't fill it.
- else:
    Kara waits. For once she doesn't fill the silence, and it stretches long enough that Jake notices.
}
{
- flooded("jake"):
    ~ kara_jake_froze = true
    ~ kara_he_dismissed = true
    ~ jake_silent = true
    Jake stares at the paper. #move:jake.withdraw
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    ~ kara_he_dismissed = true
    ~ jake_silent = false
    Jake rubs his face.
    It's nothing. Work's busy, that's all. It's not you. #speaker:jake #move:jake.dismiss
- else:
    Jake looks at the paper, then away from it.
    Work's been a lot. More than I've said. #speaker:jake #move:jake.bid
    {
    - received("kara") == "misread":
        -> kara_heard_wrong("Work's been a lot") ->
    }
}
<- kara_break_offer
* {kara_he_dismissed} [{jake_silent:What's going on with you? You've looked wrung out for weeks.|Busy how? You've looked wrung out for weeks.} I'd like to know, if you want to tell me. #move:turn_toward]
    ~ kara_last = "turn_toward"
    {jake_silent:What's going on with you? You've looked wrung out for weeks.|Busy how? You've looked wrung out for weeks.} I'd like to know, if you want to tell me. #speaker:kara
    Asking about what he's holding back, without arguing with the silence or the brush-off. Someone who withdraws often says "it's nothing" first, to see whether it's safe to say more. #coach
* {not kara_he_dismissed} [A lot how? I'd like to hear it, if you want to tell me. #move:turn_toward]
    ~ kara_last = "turn_toward"
    A lot how? I'd like to hear it, if you want to tell me. #speaker:kara
    Turning toward a small bid. Someone who withdraws often offers a corner of the story first, to see if it's safe. #coach
* [Then why haven't you said anything? I'm your wife, not your flatmate. #move:criticize]
    ~ kara_last = "criticize"
    ~ kara_pressure += 1
    Then why haven't you said anything? I'm your wife, not your flatmate. #speaker:kara
    It's a fair hurt, and her real fear, but it arrives as a charge, right when the door had started to open. #coach
* [Worse than the Saturday crossword? #move:humor]
    ~ kara_last = "humor"
    She nudges his foot under the table.
    Worse than the Saturday crossword? #speaker:kara
    Gentle humor can lower the temperature, if it's with him and not at him. #coach
- (jake_answers)
{
- kara_last == "criticize" && (state_of("jake") == "escalated" || flooded("jake")):
    Because this happens! I say one thing and it turns into a trial. #speaker:jake #move:jake.defend
- kara_last == "criticize":
    Because I didn't want it to be a whole thing. Like this. #speaker:jake #move:jake.defend
- flooded("jake") || state_of("jake") == "escalated":
    Jake shrugs, but he doesn't pick the paper back up. #move:jake.withdraw
- received("jake") == "misread":
    {kara_last == "humor":Glad it's funny.|Why, so it can go on the list?} #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- kara_last == "humor":
    Jake laughs despite himself.
    Slightly worse. #speaker:jake #move:jake.humor
- else:
    He takes a breath.
    It's bigger than I've let on. Give me a second. #speaker:jake #move:jake.turn_toward
}
{
- kara_pressure >= 2 && kara_heating_up == 0:
    -> kara_heating_up
}
-> kara_his_week

=== kara_his_week ===
{
- flooded("jake") && kara_the_flood == 0:
    -> kara_the_flood
}
{
- flooded("jake"):
    ~ kara_jake_froze = true
    Jake shakes his head.
    Not now. I can't get it out right now. #speaker:jake #move:jake.withdraw
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    ~ kara_he_told = true
    Since the merger they've had the whole department under review. I'm rebuilding forecasts at midnight so there's nothing for them to find. There. Now you know. #speaker:jake #move:jake.defend
- else:
    ~ kara_he_told = true
    Since the merger the whole department's been under review. I rebuild the forecasts at midnight so there's nothing for them to find. #speaker:jake #move:jake.share_vulnerable
    Jake looks at the folded paper.
    I didn't tell you because I didn't want you to worry. That's what I told myself, anyway. I think I might lose it, Kar. The job. I'm frightened. Saturday with the paper is the one hour I don't think about it. #speaker:jake #move:jake.share_vulnerable
}
{
- received("kara") == "misread" && kara_he_told:
    -> kara_heard_wrong("I didn't want you to worry") ->
}
{
- not flooded("jake"):
    What was under the newspaper: the withdrawal was a way to manage overwhelm and fear, not a verdict on her. #coach
}
<- kara_break_offer
* [That's so much to carry on your own. No wonder you've been somewhere else. #move:validate]
    ~ kara_last = "validate"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    That's so much to carry on your own. No wonder you've been somewhere else. #speaker:kara
    Validation: she doesn't have to agree with how he handled it to see why he did. #coach
* [Since March? When were you going to tell me? #move:blame]
    ~ kara_last = "blame"
    ~ kara_pressure += 1
    Since March? When were you going to tell me? #speaker:kara
    The hurt is real: she was left out. But met with blame, his first real disclosure teaches him that opening up costs more than staying quiet. #coach
* [I thought you'd gone quiet because of me. That you were bored of me. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    I thought you'd gone quiet because of me. That you were bored of me. I've been scared we're drifting apart. #speaker:kara
    Her fear for his: each shows the soft feeling under the hard behavior. #coach
- (jake_answers)
{
- kara_last == "blame" && (state_of("jake") == "escalated" || flooded("jake")):
    See? This is why. It becomes about what I did wrong. #speaker:jake #move:jake.defend
- kara_last == "blame":
    I didn't want you to worry. And I didn't want it to be real yet. #speaker:jake #move:jake.defend
- flooded("jake"):
    Jake stares at his coffee. #move:jake.withdraw
- received("jake") == "misread":
    Don't. I don't need handling. #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- kara_last == "share_vulnerable":
    Bored of you? No. God, no. I've been hiding, but not from you. From this. #speaker:jake #move:jake.repair
- else:
    He lets out a breath he seems to have been holding since March.
    Yeah. It has been a lot. #speaker:jake #move:jake.turn_toward
}
-> kara_her_week

=== kara_her_week ===
{
- flooded("jake") && kara_the_flood == 0:
    -> kara_the_flood
}
{
- flooded("jake") || state_of("jake") == "escalated":
    Jake turns his mug round and round and says nothing. #move:jake.withdraw
- else:
    What about you? Friday, I mean. I said I'd be home by eight. #speaker:jake #move:jake.bid
    {
    - received("kara") == "misread":
        -> kara_heard_wrong("What about you?") ->
    }
}
<- kara_break_offer
* [Kara tells him about Friday, and about Priya and Dev's dinner. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    I ate at the counter and kept checking my phone for you. {kara_dinner:And finding out about Dev's from Priya made me feel like the last to know.|And on Wednesday Priya told me you'd said yes to Dev's dinner. I felt like the last to know.} #speaker:kara
    Letting him in. Someone who pursues can be so busy reaching that they forget to let themselves be reached. #coach
* [It's fine. This isn't about me. #move:dismiss]
    ~ kara_last = "dismiss"
    It's fine. This isn't about me. #speaker:kara
    That was Jake's bid, and Kara turned away from it. Pursuers deflect too, when being looked after feels less safe than doing the looking. #coach
- (jake_answers)
{
- flooded("jake"):
    Jake says nothing. #move:jake.stonewall
- kara_last == "dismiss":
    It sort of is, though. Isn't it? #speaker:jake #move:jake.bid
- received("jake") == "misread":
    So that's on me as well. #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    That sounds hard. I'm sorry. #speaker:jake #move:jake.validate
- else:
    Jake reaches across and takes her hand.
    I should have texted. I'm sorry you were on your own. #speaker:jake #move:jake.validate
}
-> kara_asking_directly

=== kara_asking_directly ===
~ note_jake()
{
- received("kara") == "misread" && kara_last == "share_vulnerable" && not flooded("jake"):
    -> kara_heard_wrong("I'm sorry") ->
}
{
- kara_asked:
    She has asked for a morning. What she wants is bigger than a morning, and she hasn't said that part plainly yet.
- else:
    She hasn't yet said plainly what she wants. So far it has mostly come out as what's missing.
}
<- kara_break_offer
* [Here's what I'd like. One evening a week that's just us. No phones, no logistics. Would you want that? #move:ask_closeness]
    ~ kara_last = "ask_closeness"
    ~ kara_pressure = MAX(kara_pressure - 1, 0)
    ~ kara_asked = true
    Here's what I'd like. One evening a week that's just us. No phones, no logistics. Would you want that? #speaker:kara
    {
    - not kara_taught_ask:
        ~ kara_taught_ask = true
        Asking for togetherness directly, as a request that can be answered yes or no. Lancer: without guilt and without blame. #coach
    - else:
        A request that can be answered yes or no, without guilt and without blame. #coach
    }
* [From now on, when something's going on with you, you tell me. The day it happens. #move:demand]
    ~ kara_last = "demand"
    ~ kara_pressure += 2
    ~ kara_laid_rule = true
    From now on, when something's going on with you, you tell me. The day it happens. #speaker:kara
    A rule instead of a request. Agreement may come, but to someone who withdraws it sounds like a new exam to fail. #coach
- (jake_answers)
{
- flooded("jake"):
    Jake nods, but he is a long way off. #move:jake.withdraw
- kara_last == "demand" && state_of("jake") == "escalated":
    So now there are rules. Great. #speaker:jake #move:jake.defend
- kara_last == "demand":
    I'll try. But it's hard when it feels like an exam. #speaker:jake #move:jake.defend
- received("jake") == "misread":
    Another thing I'm not doing. #speaker:jake #move:jake.defend
    -> kara_misread_note ->
- state_of("jake") == "escalated" || state_of("jake") == "activated":
    Yes. Okay. I'd like that. #speaker:jake #move:jake.turn_toward
- kara_dinner && kara_yes_for_two:
    Yes. Wednesdays? And come with me to Dev's on Friday. A yes for two, this time. #speaker:jake #move:jake.turn_toward
- kara_dinner:
    Yes. Wednesdays? And come with me to Dev's on Friday. I should have asked you first. #speaker:jake #move:jake.turn_toward
- else:
    Yes. Wednesdays? And come to Dev's on Friday. I should have asked you, not just said yes. #speaker:jake #move:jake.turn_toward
}
-> kara_his_turn

=== kara_his_turn ===
~ note_jake()
{kara_last == "demand":Jake looks at the table for a long moment.|Jake turns his mug round on the table, working up to something.}
{
- flooded("jake") || state_of("jake") == "escalated":
    I need to stop for a bit. Can I have half an hour with the paper? Then I'm yours, I promise. #speaker:jake #move:jake.ask_space=30
- else:
    Can I ask for something too? Some Saturdays I just want the paper and my coffee, without it meaning something's wrong. Give me half an hour, then I'm all yours. #speaker:jake #move:jake.ask_space=30
}
Now he is asking for space directly, with a time to come back. It's the other half of Lancer's advice: each of them saying what they need. #coach
+ {flooded("kara")} [Yes. Take the half hour. I need it too. #move:take_break=30]
    ~ kara_last = "take_break"
    Yes. Take the half hour. I need it too. #speaker:kara
    -> kara_half_an_hour
* [Deal. Half an hour. And then you're mine for a walk. #move:turn_toward]
    ~ kara_last = "turn_toward"
    Deal. Half an hour. And then you're mine for a walk. #speaker:kara
    Saying yes to space that comes with a way back: no fear of being abandoned, no fear of being swallowed. #coach
    -> his_answer
* [Honestly? That scares me a little. But yes. Half an hour. #move:share_vulnerable]
    ~ kara_last = "share_vulnerable"
    Honestly? That scares me a little. But yes. Half an hour. #speaker:kara
    Naming the fear and saying yes anyway. That is self-soothing in action: she doesn't need him to take the fear away. #coach
    -> his_answer
* [So I get you by appointment now? #move:criticize]
    ~ kara_last = "criticize"
    So I get you by appointment now? #speaker:kara
    An ask for space heard as rejection. The pursuer's alarm read a need as a threat, and the cycle starts again. #coach
    {
    - state_of("jake") == "escalated" || flooded("jake"):
        ~ kara_jake_froze = true
        Jake picks the paper back up and says nothing. #move:jake.stonewall
    - else:
        That's not what I... Never mind. Forget I asked. #speaker:jake #move:jake.withdraw
    }
    -> kara_cold_shoulder

// Her yes can still be misheard, and the morning can still be too hot for it: reconnecting
// needs both of them engaged, or at least Kara not escalated and heard as she meant it.
= his_answer
{
- received("jake") == "misread":
    ~ kara_his_misread = true
    {kara_last == "share_vulnerable":Scares you. Right. So I can't even have half an hour without it being a thing.|Yours for a walk. So the half hour's on a meter.} #speaker:jake #move:jake.defend
    -> kara_misread_note ->
    -> kara_half_an_hour
- flooded("jake") || state_of("jake") == "escalated" || flooded("kara") || state_of("kara") == "escalated":
    -> kara_half_an_hour
- cycle_stage() == "engage-engage":
    -> kara_reconnected
- kara_pressure >= 2:
    -> kara_half_an_hour
}
-> kara_reconnected
// His half hour, taken as a break: because the morning got too hot, or because her yes was
// misheard. Saying yes to it still turns a retreat into a break with a time to come back.
=== kara_half_an_hour ===
~ temp jake_hot = flooded("jake") || state_of("jake") == "escalated"
{
- jake_hot || kara_his_misread:
    Jake nods without looking at her and takes the paper out to the back step. #move:jake.take_break=30
- else:
    Thanks. Half an hour. #speaker:jake #move:jake.take_break=30
    He takes the paper and his coffee out to the back step.
}
Kara pours the cold coffee away and makes a fresh pot. She doesn't follow him out. #time:5
{
- not kara_taught_twenty && flooded("kara"):
    ~ kara_taught_twenty = true
    His half hour is a break for both of them: Kara is past the line too, and twenty minutes is the least a flooded body needs, hers included. #coach
- not kara_taught_twenty && kara_pressure >= 2 && jake_hot:
    ~ kara_taught_twenty = true
    The pressing on the way here left him needing a real break, and twenty minutes is the least it takes. Saying yes to it, with a time to come back, keeps a retreat from hardening into a wall. #coach
- not kara_taught_twenty && kara_his_misread:
    ~ kara_taught_twenty = true
    Her yes was heard as a charge, so the half hour is a break now, not a pause he can enjoy. Nothing she says next will land until it's over; twenty minutes is the least it takes, and letting him have it is the repair. #coach
- not kara_taught_twenty && jake_hot:
    ~ kara_taught_twenty = true
    The morning ran hot enough that his half hour is a break he needs, and twenty minutes is the least it takes. Saying yes to it, with a time to come back, keeps a retreat from hardening into a wall. #coach
- not kara_taught_twenty:
    ~ kara_taught_twenty = true
    A half hour asked for and given, with a time to come back: a pause, not a wall. Coming back to it calmer is what makes it safe to ask again. #coach
- flooded("kara"):
    His half hour is a break for both of them: Kara is past the line too. #coach
}
She drinks a cup standing at the window, watching him not read the paper. #time:15
Half an hour after he went out, Jake comes back in and sits down next to her, not across. #time:10
Neither of them tries to finish the conversation. They agree to finish it tonight, slower. #ending:break_and_return
-> END

=== kara_reconnected ===
{
- kara_his_turn == 0:
    Jake gets up and takes both their coats off the hook.
    Walk? Now, I mean. The gutter can wait. #speaker:jake #move:jake.bid
    They go out into the wet, bright morning. #time:5
- kara_last == "share_vulnerable":
    I'll be back. I'm not going anywhere, Kar. I just need to land first. #speaker:jake #move:jake.validate
- else:
    Jake grins, the lopsided one she hasn't seen since March.
    Deal. #speaker:jake #move:jake.turn_toward
}
{
- kara_his_turn > 0:
    Half an hour later Jake folds the paper and gets his coat without being asked. #time:30
}
On the long loop by the creek, {kara_his_week:he tells her more about the review, and the midnight forecasts, and how frightened he has been.|he tells her what's been keeping him up: the merger, the review, the forecasts at midnight, how frightened he has been.} {kara_her_week:She tells him the rest: how quiet the house gets, and how she has started to get used to it.|She tells him about Friday night, and about Priya.}
Neither of them fixes anything. But she knows now that his quiet was fear, not absence, and he knows that {kara_laid_rule:even her rule this morning was loneliness talking|her asking was loneliness}, not a test.
For the first time in weeks they are on the same side of it. #ending:reconnected
-> END
