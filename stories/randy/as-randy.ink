// Randy and Nadia, played as RANDY (the pursuer who flips the table). Nadia is simulated.
// Adapted from comment 9 (Randy) in 002_612bd878bc8560af.txt: "I'll pursue or flip the table and
// distance"; affection "almost perfectly measured"; "I'm not allowed to talk about my feelings as
// that is interpreted as scrutiny"; "when she finally comes to me, after a few days of us barely
// talking, she expects her affection to [be] reciprocated".
//
// Shape of the mode:
//   the reunion        randy_start -> randy_the_bid (her arms round him at the stove) -> randy_the_stove
//   the soft track     randy_her_day -> randy_sunday (a feeling of his, or the review) -> randy_her_side
//                      (what the quiet days are for) -> randy_his_side (what it is like for him)
//                      -> randy_asking (her ask: accept influence, or keep score) -> randy_the_table
//                      -> randy_reconnected (#ending:reconnected) or randy_truce (#ending:measured_truce)
//   the cold track     randy_cold_front (he has flipped the table; she pursues, and the model flips
//                      her role) -> randy_dinner_in_silence -> randy_bedtime -> randy_the_morning
//                      (#ending:table_flipped), or a thaw back onto the soft track
//   the pressing track randy_heating_up -> randy_the_flood -> randy_five_minutes / randy_at_the_door
//                      -> randy_after_the_door, or randy_drives (#ending:walked_out)
//   the break          randy_call_break -> randy_twenty_minutes (her answer said during the break;
//                      the twenty minutes told through #time, or cut short by a text or an early
//                      return, which floods a body still cooling) -> randy_the_return
//                      -> randy_after_the_break -> randy_break_ending (#ending:break_and_return), or
//                      on to randy_her_side; randy_last_break (#ending:break_and_return) when a
//                      break is needed again
//
// Which track follows Randy's choices (randy_score for auditing and rationing, randy_cold for
// going cool), so every ending can be reached by choices alone. What Nadia says follows the model:
// flooded / state_of / stance_of (and her role, which flips: a pursuer's stance once her reaching
// has gone unanswered) and received("nadia"), how she heard his last move. Whenever Randy himself
// is flooded, a break is on offer (the thread randy_break_offer, or the knot's own break choice).
// A line that narrates a body (#body) never carries #time: a line's #time passes before it, and
// its conditions are read before that.

VAR randy_opening = ""      // how Randy met her: cool | gave | review | soft
VAR randy_score = 0         // +1 for each move that audits or rations, -1 for each that owns or accepts; 2+ = the pressing track
VAR randy_cold = 0          // times Randy has gone cool (withdraw, dismiss, stonewall); 2+ = the cold track
VAR randy_last = ""         // Randy's last move, so Nadia answers what he did
VAR randy_misfired = false  // his soft start-up was heard as the review starting again
VAR randy_swallowed = false // he gave the affection and filed the hurt ("just me being there to serve her")
VAR randy_said = false      // he has said one feeling about himself, and it was heard as his
VAR randy_she_told = false  // Nadia has said what the quiet days are for (Martin, the verdict)
VAR randy_who_left = ""     // who stepped out for the first break: randy | nadia
VAR randy_cut_short = ""    // how the first break was cut short: text | early
VAR randy_she_pursued = false // Nadia, unanswered, took up the pursuer's role
VAR randy_terms = false     // he offered affection on terms ("it goes both ways")
VAR randy_door = ""         // how her leaving was met: contempt | silent | break
VAR randy_thawed = false    // he came back from the cold once
VAR randy_she_sat = false   // she sat down at the table while he cooked
VAR randy_she_cooked = false // on the return she had set the table
VAR randy_taught_twenty = false   // coaching points once a path, where they first matter
VAR randy_taught_flood = false
VAR randy_taught_misread = false
VAR randy_taught_flip = false
VAR randy_taught_ledger = false
VAR randy_taught_heard = false

=== randy_start ===
Thursday, twenty to seven. Randy is at the stove with the chile verde he makes on Thursdays, the one Nadia likes. He made it anyway. He isn't sure what that says.
Since Sunday they have barely talked. On Sunday night he tried to tell her he felt like the only one reaching; she said, Can we not do a review of me tonight, and went up to bed. After that he went cool, and so did she. Three days of who's picking up the dog food and what time is the plumber.
On Tuesday, eating lunch in the van between two furnace calls, he read an article about pursuers and distancers and saw himself in it. Both halves. He chases, and when chasing gets him called smothering, he flips the table and goes cold.
The front door. Biscuit's tail thumping in the hall. Her bag on the bench, her shoes off.
Nadia comes into the kitchen, slides her arms round his waist from behind, and rests her chin on his shoulder.
Hi, you. That smells like the good stuff. I missed you. #speaker:nadia #move:nadia.bid
As if Sunday never happened. As if the last three days were weather. When she wants it, Randy thinks, and hates that he thinks it.
-> randy_the_bid

=== randy_the_bid ===
* [Mm. It'll be ready at seven. Keep stirring. #move:withdraw]
    ~ randy_opening = "cool"
    ~ randy_last = "withdraw"
    ~ randy_cold += 1
    Mm. It'll be ready at seven. #speaker:randy
    He keeps stirring. He doesn't turn round.
    ~ randy_taught_flip = true
    Flipping the table. After days of reaching and being called too much, going cool feels like self-respect. To Nadia it lands as distance, the thing she fears most from him: each role provokes the other (Lerner). #coach
* [So now you missed me. Three days, Nadia. You go dark for three days and walk back in like nothing happened. #move:criticize]
    ~ randy_opening = "review"
    ~ randy_last = "criticize"
    ~ randy_score += 1
    So now you missed me. Three days, Nadia. You go dark for three days and then you walk back in like nothing happened. #speaker:randy
    Randy means it as finally saying what he feels. It arrives as a review of her: what she did, how long, what it means. That's criticism, however true the hurt under it (Gottman). #coach
* [I missed you too. I've been lonely since Sunday, and I'd like us to find our way back. Come here. #move:soft_startup]
    ~ randy_opening = "soft"
    ~ randy_last = "soft_startup"
    He turns round in her arms.
    I missed you too. I've been lonely since Sunday, and I'd like us to find our way back. Come here. #speaker:randy
    A soft start-up about himself: his feeling (lonely), a moment (since Sunday), a wish (find our way back), and her reach taken, not refused. It costs him the case he's been building all week. #coach
* [Turn round and kiss her. Missed you too. #move:turn_toward]
    ~ randy_opening = "gave"
    ~ randy_last = "turn_toward"
    ~ randy_swallowed = true
    He turns round and kisses her.
    Missed you too. #speaker:randy
    Turning toward a bid is how closeness gets built (Gottman). Turning toward while swallowing the hurt is something else: he gives what is asked and files it. An account kept in silence comes due later. #coach
- (she_answers)
{
- received("nadia") == "misread":
    ~ randy_misfired = true
    ~ randy_taught_misread = true
    Her arms loosen from his waist.
    {randy_opening == "soft":Since Sunday. Okay. So I'm in trouble.|Missed you too. You say it like a receipt.} I came in here to be nice, Randy. #speaker:nadia #move:nadia.defend
    He said it well, and it landed on a bruise. After three days of barely talking, a warm sentence can sound like the review starting again (Weiss: sentiment override). Not a mistake in the words; what comes next counts for more. #coach
- randy_opening == "cool" && state_of("nadia") == "calm":
    Nadia stays where she is a moment longer, then lets go.
    Okay. I'll set the table. #speaker:nadia #move:nadia.withdraw
- randy_opening == "cool":
    Nadia lets go of him.
    Wow. Okay. I'm standing right here, Randy. #speaker:nadia #move:nadia.ask_closeness
- randy_opening == "review" && (state_of("nadia") == "escalated" || flooded("nadia")):
    And there it is. I come in to hug you and I get the audit. #speaker:nadia #move:nadia.defend
- randy_opening == "review":
    Her arms drop. She steps back against the counter.
    You went dark too. You've been a wall since Sunday. I'm the one who came in here. #speaker:nadia #move:nadia.defend
- randy_opening == "gave":
    She leans into him, eyes closed.
    Mm. There you are. #speaker:nadia #move:nadia.turn_toward
- else:
    Nadia holds on tighter, her face against his shoulder.
    Me too. I'm here now. #speaker:nadia #move:nadia.turn_toward
}
-> randy_the_stove

=== randy_the_stove ===
{
- randy_misfired:
    Randy feels the old groove under his feet. He said the feeling, and it came back as the charge.
- received("randy") == "misread":
    -> randy_heard_wrong("I'm here now", "on her schedule, again") ->
- randy_opening == "cool" && state_of("nadia") == "calm":
    She gets the bowls down. Two of them. She puts them on the table a little too carefully.
- randy_opening == "cool":
    She is still standing there, waiting for him to turn round.
- randy_opening == "review":
    The pot ticks. She is against the counter with her arms folded, and he is the one with the spoon.
- randy_opening == "gave":
    It's nice. It is. And under it, something in him makes a note: three days, and then on her clock.
- else:
    She is still holding on. He can feel how much easier that makes the next thing, and how much harder.
}
<- randy_break_offer
* {randy_misfired} [That's not what I said. I said I missed you. Why is everything I say a charge? #move:defend]
    ~ randy_last = "defend"
    ~ randy_score += 1
    That's not what I said. I said I missed you. Why is everything I say a charge? #speaker:randy
    Defending the words keeps the argument about the words. It was heard as an attack, so the defence sounds like a second one. #coach
* {randy_misfired} [Hang on. That wasn't a bill. I'm glad you came in. That's the whole message. #move:repair]
    ~ randy_last = "repair"
    ~ randy_score = MAX(randy_score - 1, 0)
    Hang on. That wasn't a bill, Nadia. I'm glad you came in. That's the whole message. #speaker:randy
    Naming the misfire without blaming anyone for it: a repair aimed at the moment, not at her. #coach
* {not randy_misfired && randy_opening != "cool"} [Before we play happy families: are we going to talk about Sunday, or not? #move:demand]
    ~ randy_last = "demand"
    ~ randy_score += 1
    Before we play happy families: are we going to talk about Sunday, or not? #speaker:randy
    He has waited three days to say something, and now the timing is hers again. The demand is about fairness. It lands as a summons. #coach
* {randy_opening == "cool"} [I went cold on you just then. I'm still sore from Sunday, that's all. #move:own_part]
    ~ randy_last = "own_part"
    ~ randy_score = MAX(randy_score - 1, 0)
    He turns the heat down and turns round.
    I went cold on you just then. I'm still sore from Sunday, that's all. It's not you walking in. #speaker:randy
    Owning the flip. Coldness said out loud stops being a verdict and becomes a feeling she can answer (Lerner: it's easier to point at a partner than to see our own step). #coach
* {randy_opening != "cool"} [How was it? Conferences were this week, right? #move:turn_toward]
    ~ randy_last = "turn_toward"
    How was it? Conferences were this week, right? #speaker:randy
    Turning toward her day before his own grievance. It's a gift, if it's given and not filed. #coach
* [Randy sets the spoon down and breathes out, slow, before he says anything. #move:self_soothe]
    ~ randy_last = "self_soothe"
    ~ randy_score = MAX(randy_score - 1, 0)
    Randy sets the spoon down on the rest and breathes out slowly, four counts in, six out.
    {
    - state_of("randy") != "calm":
        His jaw is still tight. #body:randy.stirred
    }
    {randy_opening == "review" || randy_misfired:Okay. Let me try that again, slower.|I don't want tonight to be another Sunday.} #speaker:randy
    Self-soothing first. The alarm says settle the account now; a few slow breaths buy the choice of how. #coach
* {randy_opening == "cool" || randy_misfired} [Shrug. Plate the food. Fine. Whatever. #move:dismiss]
    ~ randy_last = "dismiss"
    ~ randy_cold += 1
    Fine. Whatever you want. #speaker:randy
    He reaches past her for the bowls.
    {
    - not randy_taught_flip:
        ~ randy_taught_flip = true
        Going cool after a misfire feels like keeping your dignity. It also teaches both of them that reaching doesn't work. #coach
    - else:
        Twice now. The cool is turning into a wall, and she is on the other side of it. #coach
    }
- (she_answers)
{
- flooded("nadia"):
    Nadia goes very still. She looks at the window over the sink, at nothing. #move:nadia.stonewall
- received("nadia") == "misread":
    She hears the first half and none of the rest.
    {randy_last == "own_part":Sore. So it is me walking in.|Here we go. What did I do this time?} #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- randy_last == "demand" && state_of("nadia") == "calm":
    Can I get my coat off first? I've had eleven parents since two o'clock. #speaker:nadia #move:nadia.defend
- randy_last == "demand":
    Sunday. Right. Can I get my coat off first? #speaker:nadia #move:nadia.defend
- randy_last == "defend":
    I didn't say it was a charge. I said I came in to be nice. #speaker:nadia #move:nadia.defend
- randy_last == "dismiss" && pursuing("nadia"):
    Don't whatever me. I'm trying, Randy. I'm standing in the kitchen trying. #speaker:nadia #move:nadia.demand
    ~ randy_she_pursued = true
- randy_last == "dismiss":
    Nadia takes the bowls out of his hands and sets them down herself. #move:nadia.withdraw
- state_of("nadia") == "escalated":
    I don't know what you want from me tonight. #speaker:nadia #move:nadia.defend
- randy_last == "own_part":
    She looks at him properly for the first time in three days.
    Sore. Okay. I can hear sore. #speaker:nadia #move:nadia.turn_toward
- randy_last == "repair":
    Nadia breathes out.
    Okay. Sorry. I'm braced for it, I think. #speaker:nadia #move:nadia.own_part
- randy_last == "self_soothe":
    Nadia leans on the counter beside the stove and watches him breathe.
    {randy_opening == "review" || randy_misfired:Okay. Slower. I can do slower.|Me neither.} #speaker:nadia #move:nadia.turn_toward
- else:
    {randy_opening == "review":Nadia stays where she is, against the counter.|Nadia lets go of him and leans on the counter beside the stove.}
    Long. Good, mostly. Long. #speaker:nadia #move:nadia.bid
}
{
- randy_cold >= 2:
    -> randy_cold_front
- randy_score >= 2:
    -> randy_heating_up
}
-> randy_her_day

// ---------------------------------------------------------------------------------------------
// A break, whenever Randy is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== randy_break_offer ===
+ {flooded("randy")} [My head's going too fast for this. Biscuit and I are going round the block. Twenty minutes, then I'm back. #move:take_break=20]
    ~ randy_last = "take_break"
    My head's going too fast for this. Biscuit and I are going round the block. Twenty minutes, and then I'm back. #speaker:randy
    Randy is past the flooding line: words come out harder than he means them, and warm ones are hard to reach. Calling the break on himself, with a time to come back, is the skill; it is not the same as going cold. #coach
    -> randy_call_break

// A warm move heard as an attack, noted once a path where it first happens after the opening.
=== randy_misread_note ===
{
- not randy_taught_misread:
    ~ randy_taught_misread = true
    It was warm, and it was heard as the old audit: with goodwill worn thin, a kind sentence can land on a bruise (Weiss: sentiment override). Not Randy's failure; staying warm through a misfire is how the sentiment changes. #coach
}
->->

// Randy hears a kind sentence of Nadia's as the old entitlement: his own sentiment override.
=== randy_heard_wrong(said, heard) ===
Randy hears "{said}" as: {heard}. He has to remind himself what she actually said.
{
- state_of("randy") != "calm":
    His neck goes hot before he can stop it. #body:randy.stirred
}
{
- not randy_taught_heard:
    ~ randy_taught_heard = true
    That one was Randy's misfire, not hers. After three cold days a kind sentence can arrive sounding like a claim on him (Weiss: sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

=== randy_call_break ===
~ randy_last = "take_break"
{
- randy_twenty_minutes == 0:
    ~ randy_who_left = "randy"
    -> randy_twenty_minutes
}
-> randy_last_break

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== randy_her_day ===
{
- flooded("nadia") && randy_the_flood == 0:
    -> randy_the_flood
}
{
- flooded("nadia"):
    Nadia is leaning on the counter, not talking. She is somewhere else. #move:nadia.withdraw
- state_of("nadia") == "escalated" || stance_of("nadia") == "defending":
    ~ randy_she_sat = true
    Nadia pulls out a chair and sits, heavily.
    Conferences. Eleven sets of parents. Mrs. Albright cried. I don't want to talk about it. #speaker:nadia #move:nadia.dismiss
- else:
    ~ randy_she_sat = true
    Nadia pulls out a chair and sits, watching him cook.
    Mrs. Albright cried. Over a B minus. I held her hand for twenty minutes and all I could think was, I want to go home to Randy and not talk to anyone. #speaker:nadia #move:nadia.bid
    {
    - received("randy") == "misread":
        -> randy_heard_wrong("I want to go home to Randy", "home to someone who keeps quiet, on her terms") ->
    }
    Home to Randy, and not talk. That is the whole of it, he thinks: her company, on her terms.
}
<- randy_break_offer
* [Right. So I'm where you come to not talk. #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    Right. So I'm where you come to not talk. #speaker:randy
    It's his real fear, that he is furniture she comes home to. It arrives as a charge sheet, right when she had offered him a piece of her day. #coach
* [I'm glad you wanted to come home to me. Even if it's the quiet part you wanted. #move:appreciate]
    ~ randy_last = "appreciate"
    ~ randy_score = MAX(randy_score - 1, 0)
    I'm glad you wanted to come home to me. Even if it's the quiet part you wanted. #speaker:randy
    Taking the bid as a compliment, not a claim: an appreciation, with his own wish folded in, lightly. #coach
* [Sounds brutal. Sit. I'll bring you a bowl. #move:turn_toward]
    ~ randy_last = "turn_toward"
    Sounds brutal. Sit. I'll bring you a bowl. #speaker:randy
    Turning toward her, including the part about not talking. He doesn't have to agree with how she handles a hard week to let her have it. #coach
* [Mm. Grab the sour cream, will you. #move:dismiss]
    ~ randy_last = "dismiss"
    ~ randy_cold += 1
    Mm. Grab the sour cream, will you. #speaker:randy
    Logistics instead of an answer. It's the voice of the last three days, and she knows it. #coach
- (she_answers)
{
- flooded("nadia"):
    Nadia doesn't answer. She watches the pot. #move:nadia.withdraw
- randy_last == "criticize" && (state_of("nadia") == "escalated" || stance_of("nadia") == "defending"):
    See, this. I tell you one thing about my day and it's evidence. #speaker:nadia #move:nadia.defend
- randy_last == "criticize":
    That's not what I said. That's not what I meant. #speaker:nadia #move:nadia.defend
- received("nadia") == "misread":
    Even if. Okay. So I do it wrong even when I come home. #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- randy_last == "dismiss" && pursuing("nadia"):
    ~ randy_she_pursued = true
    Sour cream. Great. Three days and I get a shopping list. #speaker:nadia #move:nadia.criticize
- randy_last == "dismiss":
    She gets it from the fridge and puts it down by his hand without a word. #move:nadia.withdraw
- state_of("nadia") == "escalated":
    Thanks. #speaker:nadia #move:nadia.turn_toward
- randy_last == "appreciate":
    She smiles at him, tired, surprised.
    The quiet part with you in it. That's the good part. #speaker:nadia #move:nadia.appreciate
- else:
    She takes the bowl in both hands and breathes in the steam.
    God, thank you. #speaker:nadia #move:nadia.appreciate
}
{
- randy_cold >= 2 && randy_cold_front == 0:
    -> randy_cold_front
- randy_score >= 2 && randy_heating_up == 0:
    -> randy_heating_up
}
-> randy_sunday

=== randy_sunday ===
{
- flooded("nadia") && randy_the_flood == 0:
    -> randy_the_flood
}
{ hot("randy") || hot("nadia") || state_of("randy") == "activated" || state_of("nadia") == "activated":
    They eat at the kitchen table. Biscuit lies on Randy's foot. Nobody says much; the spoons are loud. #time:8
  - else:
    They eat at the kitchen table. Biscuit lies on Randy's foot. For a few minutes it is almost an ordinary Thursday. #time:8
}
Sunday sits between the bowls anyway. He can feel the shape of what he wants to say, and he can feel how it came out last time.
{
- randy_swallowed:
    And the note he made when she hugged him is still there, with three days' interest on it.
}
<- randy_break_offer
* [We need to talk about Sunday. About how you shut down every time I try to say anything. #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    We need to talk about Sunday. About how you shut down every time I try to tell you anything. #speaker:randy
    What he wants is to be heard. What he says is a pattern in her, with "every time" in it. She will answer the pattern, not the feeling. #coach
* [What was Sunday like for you? I'm not asking to argue it. I'd like to know. #move:turn_toward]
    ~ randy_last = "turn_toward"
    What was Sunday like for you? I'm not asking to argue it. I'd like to know. #speaker:randy
    Curiosity before his own case. It costs him going second, again, and it is the question she has never been asked about the quiet. #coach
* [Can I say one thing about Sunday? About me, not you. I felt like I was too much for you. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    ~ randy_score = MAX(randy_score - 1, 0)
    Can I say one thing about Sunday? About me, not you. I felt like I was too much for you. That's been sitting on me all week. #speaker:randy
    One feeling, his, in one sentence, and a promise of where it stops. Not a review of her: a report from inside him. It's the hardest thing on offer, because she might not answer it the way he needs. #coach
* [More? There's plenty. #move:bid]
    ~ randy_last = "bid"
    ~ randy_swallowed = true
    More? There's plenty. #speaker:randy
    {
    - not randy_taught_ledger:
        ~ randy_taught_ledger = true
        Keeping the peace by keeping quiet. It feels generous; it's also how the ledger grows. What goes unsaid tonight comes out later as coolness, and coolness is the one thing she can't read. #coach
    }
- (she_answers)
{
- flooded("nadia"):
    Nadia puts her spoon down. She doesn't look up. #move:nadia.stonewall
- randy_last == "criticize" && (state_of("nadia") == "escalated" || stance_of("nadia") == "defending"):
    Every time. There it is. I can't do this on a Thursday, Randy. I can barely do it on a Sunday. #speaker:nadia #move:nadia.defend
- randy_last == "criticize":
    I don't shut down. I need a minute. There's a difference. #speaker:nadia #move:nadia.defend
- received("nadia") == "misread":
    {randy_last == "share_vulnerable":Too much. So this is the talk. Here we go.|Not to argue it. That's what everybody says right before they argue it.} #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- randy_last == "bid":
    Please. #speaker:nadia #move:nadia.turn_toward
    She holds out her bowl. Whatever was sitting between them goes back under the table.
- state_of("nadia") == "escalated" || state_of("nadia") == "activated":
    She stirs her bowl for a long time.
    It wasn't you being too much. I don't know. Can I think about how to say it? #speaker:nadia #move:nadia.ask_space=5
- randy_last == "share_vulnerable":
    ~ randy_said = true
    Nadia looks at him for a long moment.
    You weren't too much. It wasn't you. It was the way it started: "Can we talk about us." #speaker:nadia #move:nadia.share_vulnerable
- else:
    Nadia is quiet for long enough that he thinks she won't answer.
    Like being called into a meeting. Like there's a verdict coming and I'd better be ready for it. #speaker:nadia #move:nadia.share_vulnerable
}
{
- randy_score >= 2 && randy_heating_up == 0:
    -> randy_heating_up
}
-> randy_her_side

=== randy_her_side ===
{
- flooded("nadia") && randy_the_flood == 0:
    -> randy_the_flood
}
{
- flooded("nadia"):
    Nadia has pushed her bowl away. She is looking at the window, where it's dark now. #move:nadia.withdraw
- state_of("nadia") == "escalated" || stance_of("nadia") == "defending":
    I just needed quiet, Randy. That's all it ever is. I don't have a speech about it. #speaker:nadia #move:nadia.dismiss
- randy_last == "bid":
    Thank you for not doing Sunday tonight. I know you wanted to. I just needed the quiet, that's all. I don't have a speech about it. #speaker:nadia #move:nadia.appreciate
- else:
    ~ randy_she_told = true
    When Martin wanted to talk about us, it was always like that. How do you feel about us, Nadia. Where do you see this going. For a whole spring. Then he told me he'd already rented the apartment. #speaker:nadia #move:nadia.share_vulnerable
    So when you say can we talk about us, I hear the apartment. I know you're not him. My body doesn't. I go quiet until I can tell the difference. #speaker:nadia #move:nadia.share_vulnerable
    {
    - received("randy") == "misread":
        -> randy_heard_wrong("I know you're not him", "he's on probation for another man") ->
    }
}
{
- randy_she_told:
    The quiet days weren't punishment. They were her getting her footing back. Her withdrawal was protection, not a verdict on him. #coach
}
<- randy_break_offer
* {randy_she_told} [I'm not Martin. I'm the one who stayed. Do I get any credit for that? #move:blame]
    ~ randy_last = "blame"
    ~ randy_score += 1
    I'm not Martin. I'm the one who stayed. Do I ever get any credit for that? #speaker:randy
    It's true, and it's a bill. Her first real disclosure gets an invoice, and it teaches her that opening up costs more than staying quiet. #coach
* {randy_she_told} [That makes sense. Every "can we talk" sounds like the apartment. No wonder you go quiet. #move:validate]
    ~ randy_last = "validate"
    ~ randy_score = MAX(randy_score - 1, 0)
    That makes sense. Every "can we talk" of mine sounds like the apartment. No wonder you go quiet. #speaker:randy
    Validation: he doesn't have to like what the quiet does to him to see why it happens. #coach
* {not randy_she_told} [That's it? Quiet? Three days of quiet and I'm supposed to just wait it out? #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    That's it? Quiet? Three days of it, and I'm supposed to just wait it out? #speaker:randy
    Her "I don't have a speech" was a door left a crack open. Pushing on it closes it. #coach
* {not randy_she_told} [Okay. You don't need a speech. Can you tell me one thing about it? Anything. #move:turn_toward]
    ~ randy_last = "turn_toward"
    Okay. You don't need a speech. Can you tell me one thing about it? Anything at all. #speaker:randy
    Smaller and slower. Someone who withdraws often says "it's nothing" first, to see whether it's safe to say more. #coach
* [And when you go quiet, I start thinking you're deciding about me. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    ~ randy_score = MAX(randy_score - 1, 0)
    And when you go quiet, I start thinking you're in there deciding about me. #speaker:randy
    His fear for hers. Each has been reading the other's protection as a verdict. #coach
- (she_answers)
{
- flooded("nadia"):
    Nadia shakes her head, and keeps shaking it. #move:nadia.withdraw
- randy_last == "blame" || randy_last == "criticize":
    {state_of("nadia") == "escalated" || stance_of("nadia") == "defending":See, this is why. It turns into what I owe you.|I wasn't asking for credit. I was telling you something.} #speaker:nadia #move:nadia.defend
- received("nadia") == "misread":
    {
    - randy_last == "validate":
        No wonder. So I'm the one with the problem. #speaker:nadia #move:nadia.defend
    - randy_last == "turn_toward":
        One thing. So now it's an interview. #speaker:nadia #move:nadia.defend
    - else:
        Deciding about you. So now my quiet's a threat. #speaker:nadia #move:nadia.defend
    }
    -> randy_misread_note ->
- randy_last == "turn_toward" && (state_of("nadia") == "escalated" || state_of("nadia") == "activated"):
    Nadia rubs her eyes.
    It's like a meeting. Like there's a verdict coming. That's the one thing. #speaker:nadia #move:nadia.share_vulnerable
- randy_last == "turn_toward":
    ~ randy_she_told = true
    It's Martin, I think. When he wanted to talk about us, it was for a whole spring, and then he'd rented an apartment. So can we talk sounds like the apartment. I go quiet till I can tell you're not him. #speaker:nadia #move:nadia.share_vulnerable
- randy_last == "share_vulnerable":
    ~ randy_said = true
    Deciding about you? God, no. I'm in there trying to come back. #speaker:nadia #move:nadia.repair
- else:
    She lets out a breath she seems to have been holding since Sunday.
    Thank you. Yeah. #speaker:nadia #move:nadia.turn_toward
}
{
- randy_score >= 2 && randy_heating_up == 0:
    -> randy_heating_up
}
-> randy_his_side

=== randy_his_side ===
{
- flooded("nadia") && randy_the_flood == 0:
    -> randy_the_flood
}
{
- flooded("nadia") || state_of("nadia") == "escalated":
    Nadia turns her glass round and round and doesn't say anything. #move:nadia.withdraw
- else:
    What's it like for you? When I go. I never actually ask you that. #speaker:nadia #move:nadia.bid
    {
    - received("randy") == "misread":
        -> randy_heard_wrong("What's it like for you?", "the start of a test he's about to fail") ->
    }
}
There it is, the door he's been knocking on for a year. Now that it's open he isn't sure what will come out of him.
<- randy_break_offer
* [Honestly? Like staff. Like it all runs on what you want, when you want it. #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    Honestly? Like staff. Like the whole thing runs on what you want, when you want it. #speaker:randy
    It's what he wrote to himself in the van on Tuesday, word for word. Said to her face it is a verdict on her, not a feeling of his, and she will defend the verdict. #coach
* [It's fine. I'm used to it. #move:dismiss]
    ~ randy_last = "dismiss"
    ~ randy_cold += 1
    It's fine. I'm used to it. #speaker:randy
    She asked, for once, and he went cool. Turning away from a bid you have waited a year for is pride protecting the hurt. #coach
* [Like waiting by the door to be let back in. And when you come back, I can't tell if I'm wanted or just handy. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    ~ randy_score = MAX(randy_score - 1, 0)
    Like I'm waiting by the door to be let back in. And when you come back, I can't tell if I'm wanted, or just handy. #speaker:randy
    This is the feeling under "just me being there to serve her", said as his: not a verdict on her, a report from inside him. #coach
* [Like Biscuit when you get your keys out. Pathetic, basically. #move:humor]
    ~ randy_last = "humor"
    Like Biscuit when you get your keys out. Pathetic, basically. #speaker:randy
    Biscuit, hearing his name, thumps his tail twice against the floor.
    Humor can carry a true thing across the table, if it is with her and not at her. It can also be a way of not quite saying it. #coach
- (she_answers)
{
- flooded("nadia"):
    Nadia looks at the table. Whatever she was going to say doesn't come. #move:nadia.withdraw
- randy_last == "criticize" && (state_of("nadia") == "escalated" || stance_of("nadia") == "defending"):
    Staff. Great. I asked you a real question and I got a job review. #speaker:nadia #move:nadia.defend
- randy_last == "criticize":
    That's not fair. That's how it feels, maybe. It's not what it is. #speaker:nadia #move:nadia.defend
- randy_last == "dismiss" && pursuing("nadia"):
    ~ randy_she_pursued = true
    Used to it. Don't do that. I'm asking you. Talk to me. #speaker:nadia #move:nadia.demand
- randy_last == "dismiss":
    Okay. #speaker:nadia #move:nadia.withdraw
    She gets up to rinse her bowl, and stays at the sink longer than it needs.
- received("nadia") == "misread":
    {randy_last == "humor":Glad it's a joke.|Handy. So I'm using you.} #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- randy_last == "humor":
    Nadia laughs despite herself, and then stops laughing.
    You're not pathetic. I'm sorry it's like that. #speaker:nadia #move:nadia.validate
- state_of("nadia") == "escalated" || state_of("nadia") == "activated":
    Wanted. You're wanted. I'm just bad at the in-between. #speaker:nadia #move:nadia.validate
- else:
    ~ randy_said = true
    She reaches across the table and puts her hand over his.
    Wanted. Not handy. I didn't know that's what it looks like from your side. #speaker:nadia #move:nadia.validate
}
{
- randy_cold >= 2 && randy_cold_front == 0:
    -> randy_cold_front
- randy_score >= 2 && randy_heating_up == 0:
    -> randy_heating_up
}
-> randy_asking

=== randy_asking ===
{
- flooded("nadia"):
    -> randy_the_flood
}
{
- state_of("nadia") == "escalated" || stance_of("nadia") == "defending":
    Can I ask for something? When I go quiet, don't go cold back. That's all. #speaker:nadia #move:nadia.ask_space=1440
- else:
    Can I ask for something? When I need a day, can you let me have it, without going cold back? I'll tell you I'm coming back. And when I come back, I need you to be glad. Even a little. #speaker:nadia #move:nadia.ask_space=1440
}
{ state_of("nadia") == "escalated" || stance_of("nadia") == "defending":
    She's asking for something directly, even braced: not to be met with cold when she goes quiet. There's no time to come back in it yet; that can be asked for. Now it's his turn to yield or to bargain. #coach
  - else:
    She's asking for space directly, with a time to come back, and for warmth at the return. Lancer's advice, from her side. Now it's his turn to yield or to bargain. #coach
}
<- randy_break_offer
* [Fine, if it goes both ways. You get your days; I get affection when I ask, not just when you're in the mood. Deal? #move:demand]
    ~ randy_last = "demand"
    ~ randy_terms = true
    Fine. If it goes both ways. You get your days, and I get affection when I ask for it, not just when you're in the mood. Deal? #speaker:randy
    The wish is fair: to be wanted on his clock too. Made a condition of her yes, it becomes a trade. Accepting influence is yielding because it matters to her, not trading units of closeness (Gottman). #coach
    -> her_answer
* [So I wait around till you're ready, and then light up on cue. Sure. #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    So I wait around until you're ready, and then I light up on cue. Sure. #speaker:randy
    An ask heard as an order. The alarm read her need as one more proof it all runs on her clock, and the circle starts again. #coach
    {
    - state_of("nadia") == "escalated" || flooded("nadia"):
        Nadia gets up, takes her bowl to the sink and runs the tap, hard. #move:nadia.withdraw
    - else:
        That's not what I... never mind. Forget I asked. #speaker:nadia #move:nadia.withdraw
    }
    -> randy_truce

* [Yes. Take the day. Text me "tomorrow" so I know it's a pause and not a verdict. #move:turn_toward]
    ~ randy_last = "turn_toward"
    Yes. Take the day. Just text me "tomorrow", so I know it's a pause and not a verdict. #speaker:randy
    Accepting influence (Gottman): yielding to her need because it's hers, and asking for one small thing that makes it bearable. Not a trade; a yes with a handhold. #coach
    -> her_answer
* [Honestly? That scares me. But yes. I'll try to be glad. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    Honestly? That scares me. But yes. I'll try to be glad when you come back. #speaker:randy
    Naming the fear and saying yes anyway. He doesn't need her to take the fear away before he can give her the day. #coach
    -> her_answer
= her_answer
{
- received("nadia") == "misread":
    {randy_last == "share_vulnerable":Scares you. So now I can't even ask for a day without it being a thing.|Tomorrow. So I'm on a timer now.} #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
    -> randy_truce
- flooded("nadia") || flooded("randy"):
    -> randy_truce
- randy_terms && (state_of("nadia") == "escalated" || stance_of("nadia") == "defending"):
    When you ask. Sure. I'll put it in the calendar. #speaker:nadia #move:nadia.defend
    -> randy_truce
- randy_terms:
    Nadia looks at him for a moment too long.
    Okay. Deal. #speaker:nadia #move:nadia.withdraw
    -> randy_truce
- state_of("nadia") == "escalated":
    Okay. Thank you. #speaker:nadia #move:nadia.turn_toward
- randy_last == "share_vulnerable":
    ~ randy_said = true
    I'll come back. I always come back. I'll just tell you now, so you know. #speaker:nadia #move:nadia.validate
- else:
    Tomorrow. I can do tomorrow. I can do that every time. #speaker:nadia #move:nadia.turn_toward
}
-> randy_the_table

=== randy_the_table ===
{
- flooded("nadia") || flooded("randy"):
    -> randy_truce
}
The chile has gone lukewarm in the pot. Nadia stacks the bowls and doesn't get up.
{
- randy_swallowed && not randy_said:
    He still hasn't said the thing from Sunday. He could leave it. It would keep, the way things keep in him.
- randy_said:
    He has said the thing from Sunday, out loud, and she is still sitting here.
- else:
    Not everything from Sunday has been said. But she is still sitting here.
}
<- randy_break_offer
* [Next time just don't make me wait three days. #move:criticize]
    ~ randy_last = "criticize"
    Next time, just don't make me wait three days. #speaker:randy
    A parting shot on the way out of the hard part. It's small, and it reopens the account they were closing. #coach
    {
    - state_of("nadia") == "escalated" || flooded("nadia"):
        Nadia stands and takes the bowls to the sink without a word. #move:nadia.withdraw
    - else:
        Noted. #speaker:nadia #move:nadia.withdraw
        She takes the bowls to the sink.
    }
    -> randy_truce
* {randy_swallowed && not randy_said} [When you hugged me tonight, part of me was still sore. I'm letting it go now. For real. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    ~ randy_said = true
    When you hugged me tonight, part of me was still sore. I hugged you anyway. I'm letting it go now. For real, not filed. #speaker:randy
    Saying the swallowed part closes the ledger instead of adding to it. He's not asking her to pay it. #coach
* [Thank you for coming to find me tonight. I know it wasn't easy either. #move:appreciate]
    ~ randy_last = "appreciate"
    Thank you for coming to find me tonight. I know that wasn't easy either. #speaker:randy
    Appreciation for the reach itself, not for what it delivered. It's what makes reaching worth trying again (Gottman: turning toward). #coach
* [Come here. Leave the bowls. #move:ask_closeness]
    ~ randy_last = "ask_closeness"
    Come here. Leave the bowls. #speaker:randy
    Asking directly for closeness, without a case attached (Lancer). Now it's his reach, and she can say yes. #coach
- (she_answers)
{
- flooded("nadia"):
    Nadia nods, but she is a long way off. #move:nadia.withdraw
    -> randy_truce
- received("nadia") == "misread":
    {randy_last == "ask_closeness":Now? Okay. You want it now.|Not easy either. Like I owe you for it.} #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
    -> randy_truce
- state_of("nadia") == "escalated":
    Okay. #speaker:nadia #move:nadia.turn_toward
    -> randy_truce
- randy_last == "ask_closeness":
    She comes round the table and sits on his knee, which she hasn't done in a year, and they both laugh at how bad an idea it is for his back. #move:nadia.humor
- randy_last == "share_vulnerable":
    I know. I could feel it. Thank you for telling me instead of freezing me out with it. #speaker:nadia #move:nadia.appreciate
- else:
    It wasn't. I almost went upstairs. I'm glad I didn't. #speaker:nadia #move:nadia.share_vulnerable
}
{
- flooded("nadia") || flooded("randy") || state_of("nadia") == "escalated" || state_of("randy") == "escalated":
    -> randy_truce
- randy_said && (cycle_stage() == "engage-engage" || cycle_stage() == "pursue-withdraw"):
    -> randy_reconnected
- not randy_said:
    It is warm, and it is kind, and he has kept his own part of it to himself. He can feel the note still there, filed. #coach
}
-> randy_truce

=== randy_reconnected ===
Biscuit, sensing something, gets up and puts his head on Nadia's knee. She scratches his ears with one hand and keeps the other in Randy's.
{
- randy_she_told:
    Later, on the sofa, she tells him more about that spring with Martin, and he listens without fixing it.
- else:
    Later, on the sofa, she tells him a little of why the quiet, and he listens without fixing it.
}
He tells her about the van on Tuesday, and the article, and how he saw himself in both halves of it. She laughs at "flip the table", and then says, quietly, that's exactly what it feels like from her side.
Nobody measured anything tonight. She reached, and he took it; he said one thing about himself, and it wasn't a verdict. #ending:reconnected
-> END

// A truce on terms, or one reached by the ledger: calm, and measured.
=== randy_truce ===
{
- flooded("nadia") || state_of("nadia") == "escalated":
    Nadia rinses the bowls and dries them and puts them away, all of them, even the ones that were already dry. #move:nadia.withdraw
- randy_terms:
    They shake on it, half joking. Her hand is cool. #move:nadia.bid
- else:
    Nadia rinses the bowls. Randy wipes the stove. They are polite about the dish towel.
}
{
- randy_terms:
    It's a deal: her days, his asks. It will probably work, in the way deals work. He'll count, and so will she.
- else:
    Nobody says it, but the account is open again. He'll give what's asked, and note it; she'll come back, and watch his face for the bill.
}
At ten she stops at the bottom of the stairs and looks back at him. #time:90
<- randy_break_offer
* [Go up with her. #move:turn_toward]
    ~ randy_last = "turn_toward"
    He turns off the lights and follows her up.
    {
    - flooded("nadia") || state_of("nadia") == "escalated":
        She says goodnight to the ceiling. #move:nadia.withdraw
    - else:
        She holds the bedroom door for him. #move:nadia.turn_toward
    }
* [I'll be up in a bit. #move:withdraw]
    ~ randy_last = "withdraw"
    I'll be up in a bit. #speaker:randy
    He watches the end of something he isn't watching, so that he doesn't arrive at the bed at the same time she does.
    {
    - flooded("nadia"):
        She goes up without a word. #move:nadia.withdraw
    - else:
        Okay. #speaker:nadia #move:nadia.withdraw
    }
- (upstairs)
Calm is not the same as met. Affection kept on a ledger stays "almost perfectly measured", and both of them end up keeping the books. Accepting influence is yielding because it matters to the other, without the invoice (Gottman). #coach
By Saturday they will be careful with each other, which is not the same as close. It is fine. It is measured. #ending:measured_truce
-> END

// ---------------------------------------------------------------------------------------------
// The cold track: he has flipped the table
// ---------------------------------------------------------------------------------------------

=== randy_cold_front ===
{
- flooded("nadia"):
    Nadia sits at the table with her coat still on and says nothing at all. #move:nadia.stonewall
- stance_of("nadia") == "attacking" || (pursuing("nadia") && state_of("nadia") == "escalated"):
    Are you going to be like this all night? I came to you, Randy. I'm the one who came to you. #speaker:nadia #move:nadia.criticize
- stance_of("nadia") == "reaching" || pursuing("nadia"):
    Randy. Look at me. Are we okay? Tell me we're okay. #speaker:nadia #move:nadia.ask_closeness
- else:
    She sits down at the table and puts her phone face down in front of her.
    Randy. Are we okay? I can't tell if we're okay. #speaker:nadia #move:nadia.ask_closeness
}
{
- flooded("nadia"):
    Withdraw meets withdraw. It's quieter than a fight and it lasts longer (Wile). #coach
- else:
    She needed the quiet for three days. Now that the quiet comes from him, she is the one reaching across it. #coach
}
{
- state_of("randy") == "flooded":
    Randy's heart is going hard, and his face is giving away nothing. #body:randy.flooded
- state_of("randy") == "escalated":
    Randy's pulse is up, under all that calm. #body:randy.hot
}
<- randy_break_offer
* [Say nothing. {randy_sunday > 0:Scrape the pot.|Plate the food.} #move:stonewall]
    ~ randy_last = "stonewall"
    ~ randy_cold += 1
    {randy_sunday > 0:Randy scrapes the pot into a tub for tomorrow and doesn't answer.|Randy plates two bowls and puts one in front of her without a word.}
    It feels like holding the line. From her chair it looks like a door closing, and she knows exactly what that door means. #coach
    -> randy_dinner_in_silence
* [I'm fine. {randy_sunday > 0:Leave the bowls, I'll do them.|Dinner's ready.} #move:dismiss]
    ~ randy_last = "dismiss"
    ~ randy_cold += 1
    I'm fine. {randy_sunday > 0:Leave the bowls, I'll do them.|Dinner's ready.} #speaker:randy
    "Fine" in a flat voice is a wall with a polite sign on it. #coach
    -> randy_dinner_in_silence
* [Now you want to talk? Three days, I got nothing. Now it's urgent? #move:blame]
    ~ randy_last = "blame"
    ~ randy_score += 2
    Now you want to talk? Three days, I got nothing. Now it's urgent? #speaker:randy
    The flip flips again: from cold to attack. The ledger is open on the table now, and she is being read the balance. #coach
    -> randy_heating_up
* {not randy_thawed} [You're right. I'm being a wall. I'm still sore from Sunday, and I'm taking it out on you. #move:own_part]
    ~ randy_last = "own_part"
    ~ randy_thawed = true
    ~ randy_cold = 0
    ~ randy_score = MAX(randy_score - 1, 0)
    You're right. I'm being a wall. I'm still sore from Sunday, and I'm taking it out on you. #speaker:randy
    Owning the flip, out loud, while it's happening: the coldness becomes a feeling she can answer, instead of a verdict she has to guess at. #coach
    {
    - flooded("nadia"):
        Nadia nods, slowly. She can't find anything to say yet. #move:nadia.withdraw
    - received("nadia") == "misread":
        Taking it out on me. So it is about me. #speaker:nadia #move:nadia.defend
        -> randy_misread_note ->
    - else:
        She lets out a breath.
        Okay. Sore I can do. Cold I can't. #speaker:nadia #move:nadia.turn_toward
    }
    {
    - randy_sunday == 0:
        -> randy_sunday
    }
    -> randy_her_side

=== randy_dinner_in_silence ===
{ randy_sunday > 0:
    They stay on opposite sides of the kitchen, him at the sink, her at the table with her phone. Biscuit goes from one to the other and gets nothing from either. #time:10
  - else:
    They eat on opposite sides of the table. The chile is good. Nobody says so. Biscuit goes from one to the other and gets nothing from either. #time:10
}
~ randy_she_pursued = stance_of("nadia") == "reaching" || pursuing("nadia")
{
- randy_she_pursued && not randy_taught_flip:
    ~ randy_taught_flip = true
    Watch the roles turn over: her reaching went unanswered, and now she is the one pursuing, he the one behind the wall. Roles follow who wants something right now (Christensen and Heavey). #coach
- randy_she_pursued:
    Watch the roles turn over: her reaching went unanswered, and now she is the one pursuing. Roles follow who wants something right now (Christensen and Heavey). #coach
}
{
- randy_she_pursued && (stance_of("nadia") == "attacking" || flooded("nadia")):
    Nadia puts her spoon down hard enough to ring against the bowl.
    This is what you do. You punish me and call it being fine. #speaker:nadia #move:nadia.blame
- randy_she_pursued:
    Nadia tries once more, quieter.
    Do you want to watch something after? We could finish the boat one. #speaker:nadia #move:nadia.bid
- else:
    Nadia {randy_sunday > 0:puts her phone away|finishes, rinses her bowl,} and goes through to the living room. The TV comes on low. #move:nadia.withdraw
}
{
- state_of("randy") == "flooded":
    Randy's heart is pounding in his ears. #body:randy.flooded
}
Part of him wants to go after her. Part of him wants her to feel it, for once: three days of this, from the other side.
<- randy_break_offer
* {randy_she_pursued && not (stance_of("nadia") == "attacking" || flooded("nadia"))} [Okay. The boat one. #move:turn_toward]
    ~ randy_last = "turn_toward"
    Okay. The boat one. #speaker:randy
    Turning toward a small bid matters; it's how the account refills. But nobody has named what happened yet. #coach
    -> randy_the_sofa
* {randy_she_pursued} [Oh, now you want company. Funny how that works. #move:contempt]
    ~ randy_last = "contempt"
    ~ randy_score += 2
    Oh, now you want company. Funny how that works. #speaker:randy
    Contempt, the sharpest of Gottman's four horsemen: mockery says she is beneath him, and it floods a partner faster than any complaint. It is also the ledger, read aloud. #coach
    -> randy_the_flood
* [Wash up. Don't go through. #move:withdraw]
    ~ randy_last = "withdraw"
    ~ randy_cold += 1
    Randy washes up, slowly, everything, and doesn't go through.
    Let her feel it. That's the thought, and it is the thought that keeps this going for days: coolness returned for coolness, each one sure they're only answering the other. #coach
    -> randy_bedtime
* [Go through and sit at the other end of the sofa. Say: I don't want another three days. #move:soft_startup]
    ~ randy_last = "soft_startup"
    ~ randy_thawed = true
    He goes through and sits at the other end of the sofa.
    I don't want another three days of this. I don't know how to stop it. #speaker:randy
    A soft start-up from a cold place: his feeling, the moment, the wish. Late, and shaky, and real. #coach
    {
    - flooded("nadia"):
        Nadia stares at the TV. #move:nadia.stonewall
        -> randy_bedtime
    - received("nadia") == "misread" || stance_of("nadia") == "attacking":
        You could start by not freezing me out. #speaker:nadia #move:nadia.criticize
        -> randy_bedtime
    - else:
        She mutes the TV.
        Me neither. #speaker:nadia #move:nadia.turn_toward
        {
        - randy_sunday == 0:
            -> randy_sunday
        }
        -> randy_her_side
    }

=== randy_the_sofa ===
They watch the boat one: two men rowing across an ocean, arguing about rations. Nadia's feet end up near his leg, not quite on it. #time:25
{
- flooded("nadia") || state_of("nadia") == "escalated":
    She keeps her eyes on the screen. #move:nadia.withdraw
- else:
    They're going to kill each other over a packet of raisins. #speaker:nadia #move:nadia.humor
}
Sunday is still in the room, with the raisins and the rowing. He could leave it there. It would keep, the way things keep in him.
<- randy_break_offer
* [Mute it. I went cold on you tonight. I'm sorry. I was still sore from Sunday. #move:own_part]
    ~ randy_last = "own_part"
    ~ randy_thawed = true
    ~ randy_cold = 0
    He mutes it.
    I went cold on you tonight. I'm sorry. I was still sore from Sunday, and I made you pay for it. #speaker:randy
    Owning the flip after the fact. Late is not too late: the cold becomes a feeling she can answer. #coach
    {
    - flooded("nadia"):
        Nadia nods at the screen. She can't find anything yet. #move:nadia.withdraw
        -> randy_truce
    - received("nadia") == "misread":
        Made me pay. So we're doing the accounts after all. #speaker:nadia #move:nadia.defend
        -> randy_misread_note ->
        -> randy_truce
    - else:
        She moves her feet the last inch, onto his leg.
        I know. Thank you for saying it. #speaker:nadia #move:nadia.appreciate
    }
    {
    - randy_sunday == 0:
        -> randy_sunday
    }
    -> randy_her_side
* [Take her feet in your lap. Say nothing about it. #move:turn_toward]
    ~ randy_last = "turn_toward"
    ~ randy_swallowed = true
    He takes her feet in his lap. She lets him.
    A truce by touch. It's real, and it's also a way of not saying it: the note he made is still in the book. #coach
    -> randy_truce
* [Raisins. That's us. Counting. #move:humor]
    ~ randy_last = "humor"
    Raisins. That's us. Counting. #speaker:randy
    {
    - flooded("nadia") || received("nadia") == "misread" || state_of("nadia") == "escalated":
        Is it. #speaker:nadia #move:nadia.defend
        She takes her feet back.
    - else:
        Nadia laughs, and then stops laughing.
        It is, a bit. #speaker:nadia #move:nadia.own_part
    }
    A joke with a true thing inside it. It opens the subject; it doesn't say what he feels. #coach
    -> randy_truce

=== randy_bedtime ===
Eleven o'clock. They brush their teeth side by side and do not look at each other in the mirror. In bed, two backs. #time:60
{
- stance_of("nadia") == "cold" || stance_of("nadia") == "stonewalling":
    Nadia's breathing is too even for sleep. She has stopped reaching. #move:nadia.withdraw
- pursuing("nadia") || stance_of("nadia") == "reaching":
    Are you going to be like this tomorrow too? #speaker:nadia #move:nadia.ask_closeness
- else:
    Nadia turns the lamp off on her side. #move:nadia.withdraw
}
{
- state_of("randy") != "calm":
    Randy lies awake, his jaw tight. #body:randy.stirred
- else:
    Randy lies awake. He isn't angry any more. He's just tired, and far away.
}
<- randy_break_offer
* [Put a hand on her shoulder. Say nothing. #move:bid]
    ~ randy_last = "bid"
    He puts his hand on her shoulder.
    {
    - flooded("nadia") || stance_of("nadia") == "stonewalling":
        She doesn't move. #move:nadia.stonewall
    - stance_of("nadia") == "cold" || received("nadia") == "misread":
        She lets it stay there, and doesn't turn round. #move:nadia.withdraw
    - else:
        After a moment she puts her hand over his. Neither of them says anything. #move:nadia.turn_toward
    }
    A bid in the dark is better than none. But a hand can't say what happened on Sunday, or tonight. #coach
* [Turn the lamp off. Let her feel it. #move:withdraw]
    ~ randy_last = "withdraw"
    Randy turns the lamp off.
    In the dark he tells himself it's fair. That it's her turn to wait. #coach
* [Say it to the ceiling: I don't know how to stop doing this. #move:share_vulnerable]
    ~ randy_last = "share_vulnerable"
    I don't know how to stop doing this. I go after you, and then I go cold, and I hate both. #speaker:randy
    {
    - flooded("nadia") || stance_of("nadia") == "stonewalling":
        Nadia doesn't answer. Her breathing stays even, too even. #move:nadia.stonewall
    - received("nadia") == "misread":
        It's eleven o'clock, Randy. #speaker:nadia #move:nadia.dismiss
    - else:
        Me neither. #speaker:nadia #move:nadia.share_vulnerable
        She doesn't turn round, but she says it.
    }
    Naming the flip to her, even to the ceiling, is a seed. It won't grow tonight. #coach
- (lights_out)
-> randy_the_morning

=== randy_the_morning ===
Friday. Randy is up at six for a boiler in Eastgate. Nadia's alarm goes at six-thirty. #time:420
{
- randy_last == "share_vulnerable" || randy_last == "bid":
    There's a moment by the coffee maker where either of them could say something. #move:nadia.bid
- else:
    She comes down as he's leaving. Good morning, she says, to the coffee maker. #move:nadia.withdraw
}
<- randy_break_offer
* [Leave a note by her keys: Chile's in the fridge. Back by six. #move:bid]
    ~ randy_last = "bid"
    He writes it on the back of an invoice: Chile's in the fridge. Back by six. R.
    Logistics, with an initial. It is the most affection either of them can manage, and both of them will read it for more than it says. #coach
* [Leave without the usual bye. #move:withdraw]
    ~ randy_last = "withdraw"
    The front door closes behind him. He doesn't call up the stairs.
    Leaving without the goodbye is a small cold thing. She will carry it all day, the way he carried Sunday. #coach
* [Text her from the van at lunch: Can we talk tonight? Just talk. #move:ask_closeness]
    ~ randy_last = "ask_closeness"
    At lunch, in the van, he types it out and deletes it three times before he sends it. Can we talk tonight? Just talk. #time:300
    {
    - received("nadia") == "misread":
        Just talk. Is there any other kind with you? #speaker:nadia #move:nadia.defend
    - else:
        Maybe. Not about us. #speaker:nadia #move:nadia.ask_space=360
    }
    { received("nadia") == "misread":
        She heard a summons in "just talk": the reach came from a cold place, a day late, and it may take days more. #coach
      - else:
        Not about us: that is her Sunday, and now his too. The reach came from a cold place, a day late; it may take days more. #coach
    }
- (gone)
By Saturday they are texting about the gas bill. Each is sure they are only answering the other. Somewhere in there, he is already measuring the next hug. #ending:table_flipped
-> END

// ---------------------------------------------------------------------------------------------
// The pressing track
// ---------------------------------------------------------------------------------------------

=== randy_heating_up ===
~ temp she_was = state_of("nadia")
~ temp she_is = "quiet"
{
- flooded("nadia"):
    Nadia has gone very quiet. She is looking at the fridge magnets as if they might explain something. #move:nadia.stonewall
- stance_of("nadia") == "stonewalling":
    Nadia says nothing. The silence is the answer. #move:nadia.stonewall
- pursuing("nadia"):
    ~ randy_she_pursued = true
    ~ she_is = "chasing"
    I came to you. I came to you, and you're standing there adding it up. #speaker:nadia #move:nadia.blame
- state_of("nadia") == "escalated" || stance_of("nadia") == "defending":
    ~ she_is = "braced"
    {randy_she_sat:Nadia sits back in her chair and crosses her arms.|Nadia pushes off the counter and crosses her arms.} #move:nadia.defend
- else:
    Nadia stops, the way she does, and he can see her going somewhere behind her eyes. #move:nadia.withdraw
}
{
- state_of("randy") == "flooded":
    Randy's heart is pounding so hard he can feel it in his hands. #body:randy.flooded
- state_of("randy") == "escalated":
    Randy's heart is going fast. #body:randy.hot
- state_of("randy") == "activated":
    Randy can feel his pulse in his neck. #body:randy.stirred
}
He knows this moment. It's the moment before she leaves the room, or before he says the worst thing.
<- randy_break_offer
* [{she_is == "braced":Don't fold your arms at me. Just hear me out, for once.|{she_is == "chasing":Don't turn this round on me. I'm the one who's been waiting.|Don't do that. Don't go quiet on me. That's exactly what I'm talking about.}} #move:demand]
    ~ randy_last = "demand"
    ~ randy_score += 1
    {she_is == "braced":Don't fold your arms at me. Just hear me out, for once.|{she_is == "chasing":Don't turn this round on me. I'm the one who's been waiting.|Don't do that. Don't go quiet on me. That's exactly what I'm talking about.}} #speaker:randy
    {she_is == "braced":Telling someone braced to drop the guard asks her to stand there unarmed while he goes on. It raises the guard.|{she_is == "chasing":Two people each sure they are the one who waited: the ledger, read aloud from both sides.|Ordering someone out of a freeze asks a body that is shutting down to do the one thing it can't.}} #coach
    -> randy_the_flood
* [Wait. I'm doing the review again. I'm auditing you. Can I start over? #move:repair]
    ~ randy_last = "repair"
    ~ randy_score = 0
    Wait. I'm doing it again, the review. I'm auditing you. Can I start over? #speaker:randy
    A repair that names the cycle: the problem becomes the pattern, not her and not him. #coach
    -> randy_repair_answer
+ {not flooded("randy")} [I can feel myself getting worked up. Let me take Biscuit round the block. Twenty minutes, then we try again. #move:take_break=20]
    I can feel myself getting worked up. Let me take Biscuit round the block. Twenty minutes, and then we try again. #speaker:randy
    {
    - flooded("nadia"):
        She is already over the line, so this is the break the evening needs, and it comes with a time to come back. That is what makes it a break, not an exit. #coach
    - else:
        A break called early, before anyone is over the line, with a time to come back. Walk away, but not to punish (Gaspard). #coach
    }
    -> randy_call_break
* [Forget it. I'll eat in the garage. #move:withdraw]
    ~ randy_last = "withdraw"
    ~ randy_cold += 1
    Forget it. I'll eat in the garage. #speaker:randy
    The table flipped: from the pursuit straight to the cold, no stop between. Withdrawal looks like calm, and it is the last turn of the cycle. #coach
    -> randy_cold_front

=== randy_repair_answer ===
{
- flooded("nadia"):
    Nadia nods, once, without looking at him. It's not clear the words got through. #move:nadia.withdraw
- received("nadia") == "misread":
    Start over so you can say it all twice? #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- state_of("nadia") == "escalated":
    She lets out a long breath.
    Yeah. Okay. Start over. #speaker:nadia #move:nadia.turn_toward
- else:
    She almost smiles.
    Please. #speaker:nadia #move:nadia.turn_toward
}
{
- randy_sunday == 0:
    -> randy_sunday
- randy_her_side == 0:
    -> randy_her_side
- randy_his_side == 0:
    -> randy_his_side
}
-> randy_asking

=== randy_the_flood ===
~ temp she_was = state_of("nadia")
{
- she_was == "flooded":
    Nadia's breathing has gone shallow. Her face is blank in a way Randy knows: not bored, overwhelmed. #body:nadia.flooded
- she_was == "escalated":
    Nadia is on her feet before she seems to decide to stand.
- else:
    Nadia pushes her chair back and stands.
}
{
- she_was == "flooded":
    I can't. I can't do this right now. #speaker:nadia #move:nadia.withdraw
- she_was == "escalated":
    You want to know what I think? I think nothing I give you is ever the right amount. #speaker:nadia #move:nadia.defend
- else:
    Okay. I'm not doing this tonight. #speaker:nadia #move:nadia.withdraw
}
{
- she_was == "flooded" && not randy_taught_flood:
    ~ randy_taught_flood = true
    Going quiet is not the same as not caring. Past about 100 beats a minute the body stops taking in words (Gottman's flooding); her freeze is a body overwhelmed, not a verdict. #coach
- flooded("nadia") && not randy_taught_flood:
    ~ randy_taught_flood = true
    That was Nadia going over the flooding line. Past about 100 beats a minute the body braces to fight or get out, and words land as threats (Gottman); every push from here costs more. #coach
- not flooded("nadia"):
    Nadia isn't past the flooding line yet, but she's close, and every push now costs more than the last. #coach
}
{
- state_of("randy") == "flooded":
    Randy's own heart is slamming. #body:randy.flooded
}
* [No. Sit down. We're finishing this tonight, Nadia. #move:demand]
    ~ randy_last = "demand"
    ~ randy_score += 1
    No. Sit down. We're finishing this tonight, Nadia. Three days is enough. #speaker:randy
    -> randy_at_the_door
+ [Fine. Take five minutes. Then we finish this. #move:take_break=5]
    ~ randy_last = "take_break"
    Fine. Take five minutes. Then we finish this. #speaker:randy
    -> randy_five_minutes
+ [You look done in. Let's stop. Twenty minutes; I'll take Biscuit out, and we try again when I'm back. #move:take_break=20]
    You look done in. Let's stop. Twenty minutes. I'll take Biscuit out, and we'll try again when I'm back. #speaker:randy
    -> randy_call_break
* {flooded("randy") || flooded("nadia")} [Grab the van keys. I'm done. #move:withdraw]
    ~ randy_last = "withdraw"
    -> randy_drives

=== randy_five_minutes ===
Randy goes out on the back step and watches the timer on his phone.
Five minutes. He comes back in. #time:5
{
- flooded("nadia"):
    Nadia is at the sink with her back to the room. When she turns, it's the same blank look.
- state_of("nadia") == "calm":
    Nadia has sat back down. She looks up when he comes in.
- else:
    Nadia is leaning against the counter, arms folded, waiting for round two.
}
{
- not randy_taught_twenty && flooded("nadia"):
    ~ randy_taught_twenty = true
    Five minutes don't bring a flooded body back down. It takes about twenty (Gottman), spent on something other than rehearsing the argument. #coach
- not randy_taught_twenty:
    ~ randy_taught_twenty = true
    Nadia wasn't flooded, so five minutes were enough to breathe. Once someone is past the line, it takes about twenty. #coach
}
<- randy_break_offer
* [That's five minutes. Let's finish it. #move:demand]
    ~ randy_last = "demand"
    ~ randy_score += 1
    That's five minutes. Let's finish it. #speaker:randy
    -> randy_at_the_door
* {not flooded("nadia")} [Thanks for waiting. Can I start again, slower? All of that was: I've missed you. #move:repair]
    ~ randy_last = "repair"
    ~ randy_score = 0
    Thanks for waiting. Can I start again, slower? All of that was me saying I've missed you. #speaker:randy
    A repair once both are back under the line: the same wish, without the bill. #coach
    -> randy_repair_answer
+ [You're still not okay. Let's make it a real break. Twenty minutes; I'll come and find you. #move:take_break=20]
    ~ randy_last = "take_break"
    You're still not okay, are you? Let's make it a real break. Twenty minutes. I'll come and find you when they're up. #speaker:randy
    -> randy_last_break
* [Forget it. #move:withdraw]
    ~ randy_last = "withdraw"
    ~ randy_cold += 1
    Forget it. #speaker:randy
    -> randy_cold_front

=== randy_at_the_door ===
// A walk-out is somebody leaving flooded. If nobody is over the line, she goes upstairs instead.
{
- not flooded("nadia") && not flooded("randy"):
    Nadia takes her glass of water and goes upstairs. She doesn't slam anything. #move:nadia.withdraw
    He stays in the kitchen with the pot. He doesn't go up after her, and she doesn't come down. #time:20
    -> randy_bedtime
}
{
- flooded("nadia"):
    Nadia takes her keys from the bowl and her coat from the hook without a word. #move:nadia.withdraw
- else:
    I'm not doing this. I'm going to Leila's. #speaker:nadia #move:nadia.withdraw
}
She's at the front door. Biscuit stands between them, looking from one to the other.
* [That's right. Run to your sister's. It's what you do. #move:contempt]
    ~ randy_last = "contempt"
    ~ randy_door = "contempt"
    That's right. Run to your sister's. It's what you do. #speaker:randy
    The door closes hard enough to rattle the glass.
    -> randy_after_the_door
+ [Go if you need to. Just tell me when you'll be back. An hour? #move:take_break=60]
    ~ randy_last = "take_break"
    Okay. Go if you need to. Just tell me when you'll be back. An hour? #speaker:randy
    The same exit, turned into a break: a time to return makes leaving safe for both of them. Walk away, the article says, but not in anger or blame. #coach
    {
    - flooded("nadia"):
        She stops with her hand on the latch. She doesn't turn round.
        An hour. #speaker:nadia #move:nadia.take_break
    - else:
        An hour. I'll be back. #speaker:nadia #move:nadia.take_break
    }
    {
    - randy_twenty_minutes == 0:
        ~ randy_who_left = "nadia"
        -> randy_twenty_minutes
    }
    ~ randy_door = "break"
    -> randy_last_break
* [Say nothing. Let her go. #move:withdraw]
    ~ randy_last = "withdraw"
    ~ randy_door = "silent"
    Randy says nothing. The door clicks shut behind her.
    -> randy_after_the_door

=== randy_after_the_door ===
Randy is alone in the kitchen with two bowls and a pot going cold. Her car starts in the drive. His phone is in his hand.
{
- randy_door == "contempt":
    Contempt on the way out the door is what she will remember of tonight, longer than anything he meant. #coach
}
+ {flooded("randy")} [Put the phone in the drawer. Give it twenty minutes before you do anything. #move:take_break=20]
    ~ randy_last = "take_break"
    He puts the phone in the drawer with the takeout menus and shuts it.
    He sits on the back step with Biscuit's head on his knee and lets twenty minutes go by. #time:20
    {
    - state_of("randy") == "calm":
        By the end of it his hands are steady. #body:randy.calm
    - else:
        By the end of it he is steadier, if not calm. #body:randy.stirred
    }
    A break of his own. It can't bring her back, but it means the next thing he sends won't come from the flood. #coach
    -> ending
* [Text her: Typical. Don't bother coming back tonight. #move:blame]
    ~ randy_last = "blame"
    Typical. Don't bother coming back tonight. #speaker:randy
    {
    - flooded("nadia") || stance_of("nadia") == "stonewalling":
        The message shows as read. No reply. #move:nadia.stonewall
    - else:
        Fine. #speaker:nadia #move:nadia.withdraw
    }
    A message sent in blame keeps the fight going after the room is empty; it gives her body no chance to come down. #coach
* [Text her: I'm sorry I pushed. Take the time. I'll be here. #move:repair]
    ~ randy_last = "repair"
    I'm sorry I pushed. Take the time you need. I'll be here. #speaker:randy
    {
    - flooded("nadia"):
        The message shows as read. No reply. #move:nadia.withdraw
    - received("nadia") == "misread":
        Take the time. Thanks for the permission. #speaker:nadia #move:nadia.defend
    - else:
        At Leila's. Back by ten. #speaker:nadia #move:nadia.ask_space=90
    }
    A repair after the fact. It can't undo the walk-out, but it leaves the door open. #coach
* [Put the phone face down and breathe, four in, six out. #move:self_soothe]
    ~ randy_last = "self_soothe"
    He puts the phone face down on the counter and breathes, four counts in, six out.
    {
    - state_of("randy") == "calm":
        After a while his hands are steady again. #body:randy.calm
    - else:
        His hands are still not quite steady. #body:randy.stirred
    }
    Self-soothing instead of chasing her down the road: he can't calm her from here, but he can calm himself. #coach
- (ending)
{
- randy_last == "blame":
    Nadia comes back after midnight and sleeps in the spare room. In the morning she's gone before he's up. #time:240
- randy_last == "repair":
    Nadia comes back at ten. She squeezes his shoulder on her way upstairs. Neither of them knows how to start again, so neither of them does. #time:150
- else:
    Nadia comes back at ten. He's calmer, but nothing was agreed, and the evening sits between them like the pot on the stove. #time:150
}
She walked out in the heat of it, with no time to come back. The reunion she came into the kitchen for is further off than it was at seven. #ending:walked_out
-> END

// Randy himself leaves, flooded: the table flipped all the way over.
=== randy_drives ===
{
- state_of("randy") == "flooded":
    His heart is hammering. He takes the van keys off the hook. #body:randy.flooded
- else:
    He takes the van keys off the hook.
}
{
- flooded("nadia"):
    Nadia doesn't stop him. She doesn't say anything at all. #move:nadia.stonewall
- pursuing("nadia"):
    Randy, don't. Don't just leave. Where are you going? #speaker:nadia #move:nadia.demand
- else:
    Of course. #speaker:nadia #move:nadia.withdraw
}
{
- pursuing("nadia"):
    Leaving is the exact thing she fears from him, and he is doing it flooded, with no time to come back. #coach
- else:
    Leaving flooded isn't the mistake. Leaving without saying when he'll be back is: an open-ended exit feels like abandonment to the one left behind. And a walk, not the wheel, while the flood is that high. #coach
}
* [Drive. Just drive. #move:withdraw]
    ~ randy_last = "withdraw"
    He drives out past the Eastgate job and the reservoir and back, with the radio off. #time:40
+ [Stop at the door: I'm going for a drive. I'll be back by nine. #move:take_break=40]
    ~ randy_last = "take_break"
    He stops at the door.
    I'm going for a drive. I'll be back by nine. #speaker:randy
    Late, and it still matters: a time to come back turns the exit into a break. Better still a walk, not the wheel, while the flood is that high. #coach
    {
    - flooded("nadia"):
        Nadia nods at the floor. #move:nadia.take_break
    - else:
        Nine. #speaker:nadia #move:nadia.take_break
    }
    He drives out past the reservoir and back, with the radio off. #time:40
- (back)
{
- state_of("randy") == "calm":
    By the reservoir his hands are steady on the wheel again. #body:randy.calm
- else:
    By the reservoir he is steadier, if not calm. #body:randy.stirred
}
~ temp said_when = randy_last == "take_break"
~ temp said_when_kept = false
{
- said_when:
    When he comes back in, Nadia is on the sofa with Biscuit. She has left the hall light on. #time:5
- else:
    When he comes back in, the house is dark. The bedroom door is shut. #time:5
}
<- randy_break_offer
* [{said_when:Sit down at the other end of the sofa|Knock on the bedroom door}. I'm back. I'm sorry I left like that. #move:repair]
    ~ randy_last = "repair"
    I'm back. I'm sorry I left like that. #speaker:randy
    {
    - flooded("nadia"):
        No answer. #move:nadia.stonewall
    - received("nadia") == "misread" || not said_when:
        Okay. #speaker:nadia #move:nadia.withdraw
    - else:
        ~ said_when_kept = true
        Okay. I'm glad you said nine. #speaker:nadia #move:nadia.appreciate
    }
    A repair after the exit. It can't undo the door, but it tells her the door isn't the end. #coach
* [{said_when:Say goodnight from the doorway and go up first.|Take the spare blanket to the sofa.} #move:withdraw]
    ~ randy_last = "withdraw"
    {said_when:He says goodnight from the doorway and goes up alone. Biscuit, torn, stays by the sofa.|He takes the spare blanket down to the sofa. Biscuit, torn, stays at the bottom of the stairs.}
    {said_when:Going up alone after a walk-out feels like keeping the peace. It tells both of them the door was the last word.|Sleeping apart after a walk-out feels like keeping the peace. It tells both of them the door was the last word.} #coach
- (after)
{ said_when_kept:
    He left flooded, but he said when, and he came back when he said. She left the hall light on. The door didn't get the last word tonight; on Saturday they can start again, slower. #ending:break_and_return
    -> END
}
He walked out flooded, and whatever was said after, the evening ended at the door. #ending:walked_out
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== randy_twenty_minutes ===
// The break has started: Randy called it, or agreed to her hour at the door. Her answer to his
// call is said now, during the break, in the state she is in.
{
- randy_who_left == "randy":
    {
    - flooded("nadia"):
        Nadia doesn't look up. When she answers, her voice is flat and a long way off.
        Twenty minutes. Okay. #speaker:nadia #move:nadia.take_break
    - state_of("nadia") == "escalated":
        Nadia nods at the table, jaw tight. #body:nadia.hot
        Okay. Twenty minutes. #speaker:nadia #move:nadia.take_break
    - else:
        Nadia lets out a breath.
        Twenty minutes. Okay. Thank you. #speaker:nadia #move:nadia.take_break
    }
    Randy clips the lead on Biscuit and goes out. It's cold and clear; somebody is burning leaves.
    {
    - state_of("randy") == "cooling":
        His pulse is still thudding in his ears. #body:randy.stirred
    }
- else:
    Her car backs out of the drive, slowly. Randy is alone with the pot and an hour.
}
{
- not randy_taught_twenty:
    ~ randy_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if they're spent on something other than rehearsing the argument. A break has a time to come back, and no punishment in it: that is the difference from going cold. #coach
}
{randy_who_left == "randy":At the end of the road he notices he is still arguing with her in his head, and winning.|He turns the stove off and stands at the window. Biscuit whines at the door she went out of.} #time:4
Then the other alarm goes off, the old one: {randy_who_left == "randy":she'll take this as proof; she'll be upstairs with the door shut when you get back|she's at Leila's telling her everything; what if she doesn't come back tonight}; fix it now, before it sets. #time:2
+ {flooded("randy")} [Set the phone to buzz in twenty minutes, put it away, and let the alarm ring itself out. #move:take_break=20]
    -> alarm_set
* {not flooded("randy")} [Set the phone to buzz in twenty minutes, put it away, and let the alarm ring itself out. #move:self_soothe]
    -> alarm_set
* {randy_cut_short == "" && randy_who_left == "randy"} [Text her. Just: Are we okay? #move:bid]
    ~ randy_cut_short = "text"
    ~ randy_last = "bid"
    Are we okay? #speaker:randy
    -> cut_short
* {randy_cut_short == "" && randy_who_left == "nadia"} [Text her: Are you coming back tonight? #move:bid]
    ~ randy_cut_short = "text"
    ~ randy_last = "bid"
    Are you coming back tonight? #speaker:randy
    -> cut_short
* {randy_cut_short == "" && randy_who_left == "randy"} [Turn round and go home. Better to sort it out now than walk around like this. #move:ask_closeness]
    ~ randy_cut_short = "early"
    ~ randy_last = "ask_closeness"
    He turns round at the corner, and he is back in the kitchen before ten minutes are up.
    I couldn't stay out there. Can we just talk now? Please? #speaker:randy
    -> cut_short

= alarm_set
He sets the phone to buzz, puts it in his pocket, and lets the fear say its piece without doing what it says.
{
- randy_who_left == "randy":
    He walks Biscuit the long way, past the school where she teaches, dark now except for the custodian's office. #time:7
    On the hill he counts his breath, four in and six out, because it gives the alarm something to do besides give orders. #time:5
- else:
    He scrapes the pot into a container for tomorrow and washes it, slowly, properly. #time:8
    He sits on the back step with Biscuit and listens to the neighbors' TV through the fence. #time:6
}
{
- state_of("randy") == "calm":
    Somewhere in there his shoulders come down from his ears. #body:randy.calm
- else:
    He is steadier than he was, if not calm yet. #body:randy.stirred
}
{randy_who_left == "randy":The phone buzzes at the top of the hill, and he turns for home.|The phone buzzes. He goes in and waits.} #time:6
-> randy_the_return

= cut_short
// His text or his early return ends the break: a body still cooling floods again.
{
- randy_cut_short == "early" && flooded("nadia"):
    Nadia is where he left her, her hands flat on the table. She looks at him as if he has come back with more. #body:nadia.flooded
    You said twenty minutes. #speaker:nadia #move:nadia.defend
- randy_cut_short == "early" && received("nadia") == "misread":
    Nadia looks up, and her face shuts.
    You said twenty minutes. Can you not? #speaker:nadia #move:nadia.defend
- randy_cut_short == "early":
    Nadia looks up, startled.
    Already? I'm not there yet. Give me the rest of it. #speaker:nadia #move:nadia.ask_space=10
- flooded("nadia"):
    The message shows as read straight away. Then nothing, long enough that he checks his signal. Then two words.
    Not now. Please. #speaker:nadia #move:nadia.withdraw
- received("nadia") == "misread":
    The message shows as read. Then a reply.
    {randy_who_left == "nadia":I said an hour. Stop checking on me.|You said twenty minutes. Can you not?} #speaker:nadia #move:nadia.defend
- else:
    The message shows as read. Then a reply.
    {randy_who_left == "nadia":Yes. I just need the hour.|I'm okay. I just need the time.} #speaker:nadia #move:nadia.ask_space=10
}
{
- received("nadia") == "misread" && not flooded("nadia"):
    She heard a check-up in it, not a reach: another misfire, and not his to fix by explaining. The time was the point, and it still is. #coach
- flooded("nadia"):
    Reaching into a break, even gently, starts it over for a body that was still cooling: the twenty minutes only count if nothing cuts into them. The reach is the pursuit alarm talking, not a failing. #coach
- else:
    She was steady enough to take it this time. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
{
- state_of("randy") == "flooded":
    Randy's heart is hammering again. #body:randy.flooded
}
+ {randy_cut_short == "text"} [Text back: Okay. Sorry. Properly this time. I won't text again. #move:take_break=20]
    Okay. Sorry. Properly this time. I won't text again. #speaker:randy
    -> restart
+ {randy_cut_short == "early"} [You're right. I'm going back out. Twenty minutes, properly. #move:take_break=20]
    You're right. I'm going back out. Twenty minutes, properly this time. #speaker:randy
    {
    - flooded("nadia"):
        Nadia nods at the table. She doesn't trust herself with more. #move:nadia.take_break
    - else:
        Thank you. Twenty minutes. #speaker:nadia #move:nadia.take_break
    }
    -> restart
* [Fine. Forget it, then. #move:withdraw]
    ~ randy_last = "withdraw"
    ~ randy_cold += 1
    Fine. Forget it, then. #speaker:randy
    {
    - randy_who_left == "nadia":
        He turns the phone face down. When her car comes back, she goes straight upstairs. #time:40
    - randy_cut_short == "text":
        He walks home slowly and lets himself in without a word. #time:8
    }
    -> randy_bedtime

= restart
~ randy_last = "take_break"
{
- randy_who_left == "nadia":
    He puts the phone in the drawer with the takeout menus and shuts it. #time:10
    He cleans the stove, which doesn't need it. #time:20
    An hour after she left, her key turns in the lock. #time:30
- else:
    {randy_cut_short == "text":He puts the phone in his pocket, screen in, and keeps walking.|He goes back out and walks Biscuit the long way, past the school.} #time:8
    He doesn't look at the phone once. It is harder than it sounds. #time:8
    Biscuit stops at every gatepost. For once Randy lets him. #time:6
    This time he comes back when he said he would. #time:2
}
-> randy_the_return

=== randy_the_return ===
{
- randy_who_left == "nadia" && randy_cut_short == "":
    An hour after she left, her key turns in the lock. #time:38
- randy_who_left == "randy" && randy_cut_short == "":
    When the twenty minutes are up, he lets himself in. Biscuit goes straight to his water bowl.
}
{
- flooded("nadia"):
    Nadia is at the table, but her face is still closed.
    I'm here. I don't know if I can talk yet. #speaker:nadia #move:nadia.withdraw
- state_of("nadia") == "escalated" || state_of("nadia") == "activated":
    Nadia sits with her arms folded.
    Okay. Go on, then. #speaker:nadia #move:nadia.defend
- else:
    ~ randy_she_cooked = true
    {
    - randy_who_left == "nadia":
        She comes in with a tub of the good ice cream from the shop by Leila's and puts it on the table between them.
    - randy_sunday > 0:
        She has made two teas and put his by his chair, the handle turned the way he likes it.
    - else:
        She has warmed the chile back up and set the table, properly, with the good bowls.
    }
    I'm sorry about before. I wasn't punishing you. When it gets like that, it goes white in my head. #speaker:nadia #move:nadia.repair
    {
    - received("randy") == "misread":
        -> randy_heard_wrong("I'm sorry", "sorry, so can we skip the rest") ->
    }
}
<- randy_break_offer
* [So. Are you ready to actually talk now? #move:criticize]
    ~ randy_last = "criticize"
    ~ randy_score += 1
    So. Are you ready to actually talk now? #speaker:randy
    Coming back with the same charge restarts the cycle. A break works only if both come back softer than they left. #coach
    {
    - flooded("nadia") || state_of("nadia") == "escalated":
        Nadia looks at the table.
        Apparently not. #speaker:nadia #move:nadia.withdraw
    - else:
        Her face closes again, like a door.
        I was. #speaker:nadia #move:nadia.withdraw
    }
    -> randy_bedtime

* [I'm sorry. I came at you with a bill. What I meant was, I missed you. #move:own_part]
    ~ randy_last = "own_part"
    ~ randy_score = 0
    {randy_she_cooked:I'm sorry too.|I'm sorry.} I came at you with a bill. What I meant was, I missed you. #speaker:randy
    Coming back softer than he left: owning his part is what lets the break pay off. #coach
    -> randy_after_the_break
* [Sit down next to her. {randy_sunday > 0:Can we just sit a minute first, before we talk?|Can we just eat first, before we talk?} #move:ask_closeness]
    ~ randy_last = "ask_closeness"
    ~ randy_score = 0
    He sits down next to her, not across.
    {randy_sunday > 0:Can we just sit a minute first? Before we talk?|Can we just eat first? Before we talk?} #speaker:randy
    Asking for closeness without asking for an answer yet. #coach
    -> randy_after_the_break
=== randy_after_the_break ===
{
- flooded("nadia"):
    For a moment Nadia says nothing, but she doesn't leave either.
    I'm still not... give me a minute. #speaker:nadia #move:nadia.ask_space=5
- received("nadia") == "misread":
    Her shoulders go up again.
    Do we have to do the whole review now? #speaker:nadia #move:nadia.defend
    -> randy_misread_note ->
- state_of("nadia") == "escalated" || state_of("nadia") == "activated":
    She nods slowly.
    Yeah. Okay. #speaker:nadia #move:nadia.turn_toward
- randy_last == "own_part":
    I missed you too. That's why I came in. I just didn't know how to come in without it being about Sunday. #speaker:nadia #move:nadia.share_vulnerable
    {
    - received("randy") == "misread":
        -> randy_heard_wrong("I missed you too", "on her schedule, again") ->
    }
- else:
    {randy_sunday > 0:Yeah. A minute.|Yeah. Let's eat.} #speaker:nadia #move:nadia.turn_toward
}
<- randy_break_offer
* [Thank you for coming back to it. Let's leave Sunday for the weekend, slowly. #move:appreciate]
    ~ randy_last = "appreciate"
    Thank you for coming back to it. Let's leave Sunday for the weekend. Slowly. #speaker:randy
    Resuming when both are calm, with a time set. Not everything has to be solved on a Thursday. #coach
    {
    - flooded("nadia") || state_of("nadia") == "escalated":
        Nadia nods slowly.
        The weekend. #speaker:nadia #move:nadia.take_break
    - else:
        Saturday. I'll make coffee. The real kind, not the pods. #speaker:nadia #move:nadia.humor
    }
    -> randy_break_ending
* {randy_her_side == 0} [Can I ask what Sunday was like for you? Not to argue it. #move:turn_toward]
    ~ randy_last = "turn_toward"
    Can I ask what Sunday was like for you? Not to argue it. I'd like to know. #speaker:randy
    Curiosity once both are calm enough to hear it. #coach
    {
    - flooded("nadia"):
        Nadia shakes her head. Not yet. #move:nadia.withdraw
        -> randy_break_ending
    - received("nadia") == "misread":
        Not to argue it. Right. #speaker:nadia #move:nadia.defend
        -> randy_misread_note ->
        He nods, and doesn't ask again tonight.
        -> randy_break_ending
    - else:
        Nadia thinks about it.
        Like being called into a meeting. I'll tell you why, if you want. #speaker:nadia #move:nadia.bid
        -> randy_her_side
    }

=== randy_break_ending ===
For the next half hour they do separate things: Randy takes the recycling out and fixes the back gate latch he's been meaning to fix; Nadia marks essays on the sofa with Biscuit on her feet. It isn't a cold silence. It's two people resting. #time:30
On Saturday, over the real coffee, they'll start again, slower. They stopped when they needed to and came back calmer, and Thursday didn't get the last word. #ending:break_and_return
-> END

// A second break, when one is needed again: no more reaching into it.
=== randy_last_break ===
{
- randy_door == "break":
    The front door closes behind her, not slammed. She said an hour.
- flooded("nadia"):
    Nadia doesn't look up. When she answers, her voice is flat and far away.
    Okay. Twenty minutes. #speaker:nadia #move:nadia.take_break
- else:
    Okay. Yeah. Let's stop. #speaker:nadia #move:nadia.take_break
}
{
- not randy_taught_twenty:
    ~ randy_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{randy_twenty_minutes > 0 || randy_five_minutes > 0:This time nobody reaches into it. }Randy sits on the back step with Biscuit and a seed catalogue and turns the pages without reading them. #time:12
Next door's cat walks along the fence, considers Biscuit, and thinks better of it. #time:10
{
- state_of("randy") == "calm":
    When he goes back in, his hands are steady. #body:randy.calm
- else:
    When he goes back in he is steadier, if not calm. #body:randy.stirred
}
{
- randy_door == "break":
    An hour after she left, her key turns in the lock. She comes in, puts the kettle on, and makes him a tea without asking. #time:40
}
<- randy_break_offer
* [I'm sorry I pushed. Saturday, slower? #move:repair]
    ~ randy_last = "repair"
    I'm sorry I pushed. Can we do this on Saturday, slower? #speaker:randy
    {
    - flooded("nadia"):
        Nadia nods. She can't say more yet. #move:nadia.take_break
    - received("nadia") == "misread":
        Saturday. Fine. #speaker:nadia #move:nadia.withdraw
    - else:
        Saturday. Slower. Yes. #speaker:nadia #move:nadia.turn_toward
    }
    Coming back with an apology and a time: the break pays off because something softer comes back through the door. #coach
* [Put the kettle on. Make her a tea the way she likes it, without asking. #move:bid]
    ~ randy_last = "bid"
    He puts the kettle on and makes her a tea, milk first, the way she likes it and he thinks is wrong.
    {
    - flooded("nadia"):
        She takes it without looking up. #move:nadia.take_break
    - else:
        Thanks. #speaker:nadia #move:nadia.appreciate
    }
    A small bid after a break says: I'm still here, without asking for the conversation back yet. #coach
- (tea)
They don't finish it tonight. They agree to try again on Saturday, slower. #time:3
{randy_twenty_minutes > 0 || randy_five_minutes > 0:The evening needed the break twice; the second time, they let it be one.|They stopped before the evening could say anything worse, and they'll come back to it calmer.} #ending:break_and_return
-> END
