// Randy and Nadia, played as NADIA (the distancer). Randy is simulated by the model.
// Adapted from comment 9 (Randy) in 002_612bd878bc8560af.txt, which is his side only. Her inside
// is ours: why his feelings-talk feels like an audit (a first marriage where "can we talk about
// us" came before a verdict), why she needs days of quiet, why she comes back wanting warmth now,
// and why his coolness then feels like punishment.
//
// Shape of the mode:
//   the kitchen      nadia_start -> nadia_the_kitchen (how she comes back: a hug, a soft start-up
//                    about the quiet days, a plain ask, or upstairs first) -> nadia_his_answer
//   the soft track   nadia_dinner (he raises Sunday: a feeling of his, or the review) -> nadia_the_
//                    apartment (what the quiet is for) -> nadia_his_inside -> nadia_handy (his
//                    feeling: answer it, or defend) -> nadia_the_ask -> nadia_the_table
//                    -> nadia_reconnected (#ending:reconnected) or nadia_truce (#ending:measured_truce)
//   the chase        nadia_the_chase: he has gone cold; her reaching goes unanswered and the model
//                    makes her the pursuer. Name it, chase harder, or go cold too.
//   the cold house   nadia_cold_house -> nadia_bedtime -> nadia_the_morning (#ending:table_flipped)
//   the heat         nadia_heating_up -> nadia_the_flood -> nadia_at_the_door -> nadia_at_leilas
//                    (#ending:walked_out); or a break: nadia_in_the_car (twenty minutes; Randy may
//                    knock on the window, which floods a body still cooling) -> nadia_the_return
//                    -> nadia_break_ending (#ending:break_and_return)
//
// Which track follows Nadia's choices (nadia_heat for pushing back, nadia_away for going quiet)
// and what Randy does, which follows the model: flooded / state_of / stance_of / received("randy").
// Randy flips: calm and met, he reaches; hurt, he goes cold (a pursuer's withdrawal), and under
// pressure he reviews her. Whenever Nadia is flooded at a choice point, a break is on offer.

VAR nadia_opening = ""      // how she came in: hug | soft | ask | upstairs
VAR nadia_his_tone = ""     // his first answer: cool | review | warm | stiff
VAR nadia_heat = 0          // +1 each time she pushes back or attacks, -1 each time she owns or softens; 2+ = the heat
VAR nadia_away = 0          // +1 each time she goes quiet or away; 2+ = the cold house
VAR nadia_last = ""
VAR nadia_misread = false   // she heard his answer as a verdict (her sentiment override)
VAR nadia_told = false      // she has told him about Martin and the apartment
VAR nadia_he_said = false   // he has said his feeling (waiting by the door) as his
VAR nadia_he_reviewed = false // he raised Sunday as a review of her
VAR nadia_he_words = ""     // what he said of his side: handy | back | staff | lonely
VAR nadia_chased = false    // she found herself the one chasing
VAR nadia_terms = false     // she offered affection on terms
VAR nadia_break_from = ""   // heat | chase: why she went to the car
VAR nadia_knocked = false   // Randy came out to the car before the twenty minutes were up
VAR nadia_back_early = false // she came back in (or let him in) before the twenty minutes were up
VAR nadia_rebreak = false   // after that, she took the full twenty after all
VAR nadia_drove_off = false  // she had said twenty minutes in the car, then drove away
VAR nadia_door = ""         // how she left: leilas | van
VAR nadia_taught_twenty = false
VAR nadia_taught_misfire = false
VAR nadia_taught_flip = false
VAR nadia_taught_flood = false
VAR nadia_taught_audit = false

=== nadia_start ===
Thursday, twenty to seven. Nadia sits in the car in the drive with the engine off. Eleven sets of parents since two o'clock; Mrs. Albright cried over a B minus, and Nadia held her hand and said all the right things and felt nothing but tired.
Since Sunday she and Randy have barely talked. On Sunday night he sat down across from her and said, Can we talk about how things are with us, and then it came: how he is always the one reaching, how she goes away. She heard every word as a count against her. She said, Can we not do a review of me tonight, and went up to bed.
The three days weren't a punishment. They were her getting her feet back under her. She has missed him the whole time, and she knows he won't believe that.
Through the kitchen window she can see him at the stove. Thursday: the chile verde. He made it anyway. That has to mean something.
Tonight she is going to go in and be normal. She is going to be glad to see him, and she'd like him to be glad back.
-> nadia_the_kitchen

=== nadia_the_kitchen ===
Biscuit meets her in the hall, whole back end wagging. Randy doesn't turn round from the stove.
* [Go straight to him. Arms round his waist from behind. Hi, you. I missed you. #move:bid]
    ~ nadia_opening = "hug"
    ~ nadia_last = "bid"
    She slides her arms round his waist from behind and rests her chin on his shoulder.
    Hi, you. That smells like the good stuff. I missed you. #speaker:nadia
    A bid for warmth after days of quiet. From her side it's the door opening again. From his, it can look like the days never happened (Gottman: a bid is only as good as the turning toward it gets). #coach
* [Hi. I know I went quiet on you. I needed to get my feet back under me. I missed you. #move:soft_startup]
    ~ nadia_opening = "soft"
    ~ nadia_last = "soft_startup"
    She stops in the doorway.
    Hi. I know I went quiet on you. I needed to get my feet back under me, that's all. I missed you. #speaker:nadia
    A soft start-up from the one who withdrew: what she did, what it was for, what she feels. Saying what the quiet was for costs her something, because it reopens Sunday. #coach
* [Can I have a hug? I've had a day. #move:ask_closeness]
    ~ nadia_opening = "ask"
    ~ nadia_last = "ask_closeness"
    Can I have a hug? I've had a day. #speaker:nadia
    Asking directly for closeness, without guilt and without blame (Lancer). Direct, and it says nothing about the three days. #coach
* [Go up and change first. Let him come to you. #move:withdraw]
    ~ nadia_opening = "upstairs"
    ~ nadia_last = "withdraw"
    ~ nadia_away += 1
    Hi. I'm just going to change. #speaker:nadia
    She goes upstairs and sits on the edge of the bed in her work clothes for ten minutes, working up to it. #time:10
    Waiting to be come to keeps her safe from being turned down. It also leaves him to guess whether the quiet is over. #coach
- (he_answers)
{
- received("randy") == "misread":
    ~ nadia_his_tone = "review"
    {nadia_opening == "soft":Needed to get your feet under you. From me, you mean.|Missed me. Three days, Nadia, and then you walk in like nothing happened.} #speaker:randy #move:randy.criticize
- nadia_opening == "upstairs" && flooded("randy"):
    ~ nadia_his_tone = "cool"
    When she comes down he is plating two bowls. He doesn't look up. #move:randy.stonewall
- nadia_opening == "upstairs":
    ~ nadia_his_tone = "cool"
    When she comes down he is plating two bowls.
    It's ready. #speaker:randy #move:randy.withdraw
- nadia_opening == "hug" && state_of("randy") == "calm":
    ~ nadia_his_tone = "cool"
    He goes on stirring. He doesn't turn round.
    Mm. It'll be ready at seven. #speaker:randy #move:randy.withdraw
- nadia_opening == "hug":
    ~ nadia_his_tone = "review"
    So now you missed me. #speaker:randy #move:randy.criticize
- nadia_opening == "ask":
    ~ nadia_his_tone = "stiff"
    He gives her a hug with one arm, the spoon still in the other hand.
    Long day? #speaker:randy #move:randy.turn_toward
- else:
    ~ nadia_his_tone = "warm"
    He turns the heat down and turns round.
    I missed you too. I've been lonely since Sunday. Come here. #speaker:randy #move:randy.soft_startup
    {
    - received("nadia") == "misread":
        ~ nadia_misread = true
    }
}
-> nadia_his_answer

=== nadia_his_answer ===
{
- nadia_misread:
    -> nadia_heard_a_verdict("I've been lonely since Sunday") ->
- nadia_his_tone == "cool":
    {nadia_opening == "upstairs":Two bowls going down on the table, and not a look.|The back of his head. The spoon going round.} It is the coldest thing he does, and he knows it.
    {
    - state_of("nadia") != "calm":
        Nadia's throat goes tight. #body:nadia.stirred
    }
- nadia_his_tone == "review":
    There it is: the count, before she's got her coat off.
- nadia_his_tone == "stiff":
    One arm. She can feel the spoon hand held away from her, like she might get chile on it, or on him.
- else:
    He is holding her. It is so much easier than she'd feared, and something in her waits for the catch.
}
<- nadia_break_offer
* {nadia_his_tone == "cool" || nadia_his_tone == "stiff"} [Randy. I'm right here. #move:ask_closeness]
    ~ nadia_last = "ask_closeness"
    Randy. I'm right here. #speaker:nadia
    Reaching again is brave, and it is also the pursuer's step. From where Randy stands, her warmth arrives on her schedule; from where Nadia stands, his coolness looks like the start of leaving. #coach
* {nadia_his_tone == "cool" || nadia_his_tone == "stiff"} [You're still sore about Sunday. That's fair. I'd be sore. #move:validate]
    ~ nadia_last = "validate"
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    You're still sore about Sunday. That's fair. I'd be sore. #speaker:nadia
    Naming his coolness as hurt rather than punishment: validating him while he's being hard to reach. It costs her the wish to be met first. #coach
* {nadia_his_tone == "review" || nadia_misread} [You went dark too. You've been a wall since Sunday. I'm the one who came in here. #move:defend]
    ~ nadia_last = "defend"
    ~ nadia_heat += 1
    You went dark too. You've been a wall since Sunday. I'm the one who came in here. #speaker:nadia
    True, and a defence: it answers the charge, not the hurt under it. Now they are trading the three days. #coach
* {nadia_his_tone == "review" || nadia_misread} [You're right. Three days is long. I'm sorry I just disappeared on you. #move:own_part]
    ~ nadia_last = "own_part"
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    You're right. Three days is long. I'm sorry I just disappeared on you. #speaker:nadia
    Owning her part while it's being held against her. It's the antidote to defensiveness (Gottman), and it does not mean accepting the whole bill. #coach
* {nadia_his_tone == "warm" && not nadia_misread} [Hold on, and don't say anything about Sunday. #move:turn_toward]
    ~ nadia_last = "turn_toward"
    She holds on, and doesn't say anything.
    Staying in the hug without reaching for the subject. It's warm. It may also be a way of hoping Sunday never has to come up. #coach
* {nadia_his_tone == "warm" && not nadia_misread} [Can we not do Sunday tonight? Can we just be normal? #move:dismiss]
    ~ nadia_last = "dismiss"
    ~ nadia_away += 1
    Can we not do Sunday tonight? Can we just be normal? #speaker:nadia
    Heading off the talk before it starts: relief for her, and for him one more proof that his feelings are off the table. #coach
* [{nadia_opening == "hug" || nadia_opening == "ask":Let go. Get|Get} the bowls down. Say nothing. #move:withdraw]
    ~ nadia_last = "withdraw"
    ~ nadia_away += 1
    {nadia_opening == "hug" || nadia_opening == "ask":She lets go and gets|She gets} the bowls down, two of them, and sets them on the table a little too carefully.
    {nadia_his_tone == "review" || nadia_misread:Withdrawing at the first sign of the audit|{nadia_his_tone == "warm":Withdrawing from a warm answer, before it can turn into the talk,|Withdrawing at the first sign of his holding back}} is the oldest move she has. It is quieter than a fight, and he reads it as the verdict he was afraid of. #coach
- (he_answers)
{
- flooded("randy"):
    Randy says nothing. His jaw is set, and he keeps stirring long after the pot needs it. #move:randy.stonewall
- received("randy") == "misread":
    {nadia_last == "validate":That's fair. Don't manage me, Nadia.|Sorry. Right. Until the next time.} #speaker:randy #move:randy.criticize
    -> nadia_misfire_note ->
- nadia_last == "ask_closeness" && (gone_cold("randy") || state_of("randy") == "activated" || state_of("randy") == "escalated"):
    Mm. I heard you. I'm cooking. #speaker:randy #move:randy.withdraw
- nadia_last == "ask_closeness":
    He turns round, finally. He doesn't smile.
    Hey. #speaker:randy #move:randy.bid
- nadia_last == "defend" && (state_of("randy") == "escalated" || stance_of("randy") == "attacking"):
    A wall. I tried to talk to you and you went to bed. #speaker:randy #move:randy.blame
- nadia_last == "defend":
    I went quiet because you did. Don't make this mine. #speaker:randy #move:randy.defend
- nadia_last == "withdraw" && gone_cold("randy"):
    He watches her set the table and says nothing. #move:randy.withdraw
- nadia_last == "withdraw":
    Okay. So that's how it's going to be. #speaker:randy #move:randy.criticize
- nadia_last == "dismiss" && state_of("randy") == "calm":
    He lets go of her.
    Sure. Normal. #speaker:randy #move:randy.withdraw
- nadia_last == "dismiss":
    Normal. Right. Like always. #speaker:randy #move:randy.criticize
- nadia_last == "validate" || nadia_last == "own_part":
    He puts the spoon down.
    Yeah. I'm sore. Thanks for saying it. #speaker:randy #move:randy.turn_toward
- else:
    He rests his chin on the top of her head.
    There you are. #speaker:randy #move:randy.appreciate
}
{
- nadia_away >= 2:
    -> nadia_cold_house
- nadia_heat >= 2:
    -> nadia_heating_up
- nadia_last == "ask_closeness" && gone_cold("randy"):
    -> nadia_the_chase
}
-> nadia_dinner

// ---------------------------------------------------------------------------------------------
// A break, whenever Nadia is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== nadia_break_offer ===
+ {flooded("nadia")} [I can't think straight. I'm going to sit in the car for twenty minutes. I'm coming back. #move:take_break=20]
    ~ nadia_last = "take_break"
    I can't think straight. I'm going to sit in the car for twenty minutes. I'm not leaving; I'm coming back. #speaker:nadia
    Nadia is past the flooding line: nothing he says will land, and nothing she says will come out right. Asking for space directly, with a time to come back, is the skill (Lancer); it's what makes the quiet a break and not a verdict. #coach
    -> nadia_in_the_car

// Randy's warm answer heard as a charge: Nadia's own sentiment override, coached once a path.
=== nadia_heard_a_verdict(said) ===
Nadia hears "{said}" as: here it comes. The meeting. The list.
{
- state_of("nadia") != "calm":
    Something in her goes cold and still. #body:nadia.stirred
}
{
- not nadia_taught_misfire:
    ~ nadia_taught_misfire = true
    That was her misfire, not his. After Sunday, a warm sentence can arrive sounding like the review starting (Weiss: sentiment override). Checking what he meant, before answering what she heard, is the repair. #coach
}
->->

// Her warm move heard by Randy as one more charge.
=== nadia_misfire_note ===
{
- not nadia_taught_misfire:
    ~ nadia_taught_misfire = true
    It was warm, and he heard it as the ledger: after three cold days a kind sentence can land as a claim on him (Weiss: sentiment override). Not her failure; staying steady through a misfire is how the sentiment changes. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The chase: he has gone cold, and she is the one reaching
// ---------------------------------------------------------------------------------------------

=== nadia_the_chase ===
~ nadia_chased = true
{
- flooded("randy"):
    Randy plates the food with his back to her. #move:randy.stonewall
- else:
    Randy plates the food. He puts hers in front of her, and takes his own to the far end of the table. #move:randy.withdraw
}
{
- pursuing("nadia") || stance_of("nadia") == "reaching":
    ~ nadia_taught_flip = true
    Look where she is standing: three days she needed quiet, and now she is the one chasing. Her reaching went unanswered, and the roles turned over (Christensen and Heavey: roles follow who wants something right now). This is what Randy means when he says she reacts like they're falling apart. #coach
- else:
    Nadia reached, and it went nowhere. The pull to reach harder is the pursuer's pull, and she can feel it in herself. #coach
}
{
- state_of("nadia") == "flooded":
    Her heart is going hard. She can hear it. #body:nadia.flooded
- state_of("nadia") == "escalated":
    Her pulse is up in her throat. #body:nadia.hot
}
It's the thing she can't stand: not the shouting, the cold. Martin went cold, that whole last spring.
<- nadia_break_offer
* [Randy, please. Talk to me. Are we okay? #move:ask_closeness]
    ~ nadia_last = "ask_closeness"
    Randy, please. Talk to me. Are we okay? #speaker:nadia
    Reaching harder at a cold back. Every reach he doesn't answer makes the next one more urgent, and to him it begins to sound like the smothering he's been accused of, from the other side. #coach
* [We're doing it, aren't we. The thing. You went cold, and now I'm the one chasing you. I hate it. #move:share_vulnerable]
    ~ nadia_last = "share_vulnerable"
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    We're doing it, aren't we. The thing. You went cold, and now I'm the one chasing you. I hate it. #speaker:nadia
    Naming the cycle out loud, and the feeling in it. The problem becomes the circle, not him and not her. #coach
* [Is this my punishment? Three days for three days? #move:criticize]
    ~ nadia_last = "criticize"
    ~ nadia_heat += 1
    Is this my punishment? Three days for three days? #speaker:nadia
    It's the fear, said as a charge. He'll answer the charge. #coach
* [Fine. Two can do this. Eat in silence. #move:withdraw]
    ~ nadia_last = "withdraw"
    ~ nadia_away += 1
    Nadia sits and eats and says nothing at all.
    Cold for cold. Each of them is sure they're only answering the other (Wile: withdraw-withdraw, the quietest turn of the circle). #coach
- (he_answers)
{
- flooded("randy"):
    Randy stares at his bowl. Nothing comes. #move:randy.stonewall
- received("randy") == "misread":
    We're doing the thing. You mean I'm doing the thing. #speaker:randy #move:randy.defend
    -> nadia_misfire_note ->
- nadia_last == "criticize" && (state_of("randy") == "escalated" || stance_of("randy") == "attacking"):
    Punishment. I make your dinner and it's punishment. #speaker:randy #move:randy.blame
- nadia_last == "criticize":
    I'm eating my dinner, Nadia. #speaker:randy #move:randy.withdraw
- nadia_last == "withdraw":
    Randy eats. Biscuit goes from one chair to the other and gets nothing from either. #move:randy.withdraw
- nadia_last == "ask_closeness" && gone_cold("randy"):
    I said I'm fine. #speaker:randy #move:randy.dismiss
- nadia_last == "ask_closeness":
    He puts his spoon down.
    I don't know. I don't know if we are. #speaker:randy #move:randy.share_vulnerable
- state_of("randy") == "escalated" || state_of("randy") == "activated":
    He looks up, surprised.
    Yeah. We are. I went cold. #speaker:randy #move:randy.own_part
- else:
    He looks at her for a long moment, then comes and sits next to her instead of at the far end.
    I hate it too. I went cold on you. I was still sore. #speaker:randy #move:randy.own_part
}
{
- nadia_away >= 2 || nadia_last == "withdraw":
    -> nadia_cold_house
- nadia_heat >= 2 || nadia_last == "criticize":
    -> nadia_heating_up
- nadia_last == "ask_closeness" && gone_cold("randy") && nadia_the_chase < 2:
    -> nadia_the_chase
- nadia_last == "ask_closeness" && gone_cold("randy"):
    -> nadia_heating_up
}
-> nadia_dinner

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== nadia_dinner ===
{
- flooded("nadia") && nadia_the_flood == 0:
    -> nadia_the_flood
}
{ state_of("randy") == "calm" && state_of("nadia") == "calm":
    They eat at the kitchen table. Biscuit lies across Randy's feet. For a few minutes it's almost an ordinary Thursday. #time:8
  - else:
    They eat at the kitchen table. Biscuit lies across Randy's feet. Nobody says much; the spoons are loud. #time:8
}
~ nadia_he_reviewed = false
{
- flooded("randy"):
    Randy puts his spoon down and looks at the window. He says nothing. #move:randy.withdraw
- state_of("randy") == "escalated" || stance_of("randy") == "attacking" || stance_of("randy") == "protesting":
    ~ nadia_he_reviewed = true
    We need to talk about Sunday. About how you shut down every time I try to tell you anything. #speaker:randy #move:randy.criticize
- else:
    Can I say one thing about Sunday? About me, not you. I felt like I was too much for you. It's been sitting on me. #speaker:randy #move:randy.soft_startup
    {
    - received("nadia") == "misread":
        ~ nadia_misread = true
        -> nadia_heard_a_verdict("About me, not you") ->
    }
}
{
- nadia_he_reviewed:
    Every time. There it is. Nadia can feel the whole of Sunday coming back up the table toward her.
    {
    - not nadia_taught_audit:
        ~ nadia_taught_audit = true
        What he means as his feelings arrives as a pattern in her, with "every time" in it. That is the audit she hears. It is also the only way he has found to be heard. #coach
    }
- not flooded("randy"):
    One thing, he said. About him. She has heard that before, from someone else, and it was never one thing.
}
<- nadia_break_offer
* [Put the spoon down. Can we not do this tonight? #move:dismiss]
    ~ nadia_last = "dismiss"
    ~ nadia_away += 1
    She puts her spoon down.
    Can we not do this tonight? Please? #speaker:nadia
    The meeting-is-coming feeling says leave now, before the verdict. It protects her, and it tells him, once again, that his feelings are too much. #coach
* [Is this a feelings thing or a verdict thing? Sorry. I need to know which, or I can't hear it. #move:repair]
    ~ nadia_last = "repair"
    Is this a feelings thing or a verdict thing? Sorry. I need to know which, or I can't hear it. #speaker:nadia
    Asking what was meant, instead of answering what she's braced for. It's a repair, and it tells him something true about her. #coach
* {nadia_he_reviewed} [I don't shut down. I need a minute. There's a difference. #move:defend]
    ~ nadia_last = "defend"
    ~ nadia_heat += 1
    I don't shut down. I need a minute. There's a difference. #speaker:nadia
    The difference is real. Said as a defence, it answers the charge and leaves the feeling under it alone. #coach
* {not nadia_he_reviewed} [Okay. Tell me. #move:turn_toward]
    ~ nadia_last = "turn_toward"
    Okay. Tell me. #speaker:nadia
    Turning toward his bid while every nerve says brace. It costs her the safety of the quiet. #coach
* [Before you do: can I tell you what Sunday sounded like to me? #move:share_vulnerable]
    ~ nadia_last = "share_vulnerable"
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    Before you do, can I tell you what Sunday sounded like to me? #speaker:nadia
    Saying what the quiet was for, instead of going into it. The one who withdraws re-engaging first is what softens the other (Johnson). #coach
- (he_answers)
{
- flooded("randy"):
    Randy shakes his head and looks at his bowl. #move:randy.withdraw
- received("randy") == "misread":
    {
    - nadia_last == "share_vulnerable":
        Of course. Your side first. #speaker:randy #move:randy.defend
    - nadia_last == "repair":
        A verdict thing. You think I'm building a case. #speaker:randy #move:randy.defend
    - nadia_last == "turn_toward":
        Tell me. Like I've been called up to the front. Forget it. #speaker:randy #move:randy.defend
    - nadia_last == "defend":
        A minute. It was three days. #speaker:randy #move:randy.defend
    - else:
        Not tonight. It's never tonight. #speaker:randy #move:randy.defend
    }
    -> nadia_misfire_note ->
- nadia_last == "dismiss" && (state_of("randy") == "escalated" || stance_of("randy") == "attacking"):
    Not tonight. Not Sunday. Not ever. When, Nadia? #speaker:randy #move:randy.demand
- nadia_last == "dismiss":
    He looks at her for a moment, then back at his bowl.
    Fine. #speaker:randy #move:randy.withdraw
- nadia_last == "defend":
    A minute. It was three days. #speaker:randy #move:randy.criticize
- nadia_last == "repair" && (state_of("randy") == "escalated" || state_of("randy") == "activated"):
    A feelings thing. I think. I don't know how to say it without it sounding like the other thing. #speaker:randy #move:randy.share_vulnerable
- nadia_last == "repair":
    He almost laughs.
    A feelings thing. Mine. I promise. #speaker:randy #move:randy.repair
- nadia_last == "share_vulnerable":
    Okay. Yeah. Tell me. #speaker:randy #move:randy.turn_toward
- else:
    That I'm too much. That you have to go away from me to breathe. That's what it feels like from here. #speaker:randy #move:randy.share_vulnerable
}
{
- nadia_away >= 2:
    -> nadia_cold_house
- nadia_heat >= 2:
    -> nadia_heating_up
}
-> nadia_the_apartment

=== nadia_the_apartment ===
{
- flooded("nadia") && nadia_the_flood == 0:
    -> nadia_the_flood
}
{
- flooded("nadia"):
    Nadia can't get a sentence together. She looks at the dark window over the sink.
- state_of("nadia") == "calm":
    Now is when she could tell him. She's never told him all of it, only that Martin left.
- else:
    Now is when she could tell him. Her hands are cold. She's never told him all of it, only that Martin left.
}
<- nadia_break_offer
* [I just need quiet sometimes. That's all it is. #move:dismiss]
    ~ nadia_last = "dismiss"
    ~ nadia_away += 1
    I just need quiet sometimes. That's all it is. #speaker:nadia
    True, and not the whole of it. To him, "that's all" sounds like a door marked private. #coach
* [And you go cold, which you know I hate. You do it on purpose. #move:blame]
    ~ nadia_last = "blame"
    ~ nadia_heat += 1
    And you go cold, which you know I hate. You do it on purpose. #speaker:nadia
    The fear of being left, said as a charge about his coldness: "on purpose" turns his hurt into a tactic. #coach
* [Tell him about Martin and the apartment. #move:share_vulnerable]
    ~ nadia_last = "share_vulnerable"
    ~ nadia_told = true
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    When Martin wanted to talk about us, it was always like that. How do you feel about us, Nadia. Where do you see this going. For a whole spring. Then he told me he'd already rented the apartment. #speaker:nadia
    So when you say can we talk about us, I hear the apartment. I know you're not him. My body doesn't. I go quiet until I can tell the difference. #speaker:nadia
    The soft feeling under the withdrawal: the quiet days are protection, not a verdict on him. Said out loud, they stop being a mystery he has to solve with more questions. #coach
- (he_answers)
{
- flooded("randy"):
    Randy says nothing. He's a long way off. #move:randy.withdraw
- nadia_last == "blame" && (state_of("randy") == "escalated" || stance_of("randy") == "attacking"):
    On purpose. You go dark for three days and I'm the one doing it on purpose. #speaker:randy #move:randy.blame
- nadia_last == "blame":
    I go cold because you go first. #speaker:randy #move:randy.defend
- nadia_last == "dismiss" && (state_of("randy") == "escalated" || state_of("randy") == "activated"):
    That's all. Right. And I just wait it out. #speaker:randy #move:randy.criticize
- nadia_last == "dismiss":
    Okay. #speaker:randy #move:randy.withdraw
    He doesn't ask anything else, and she can't tell whether that's kindness or giving up.
- received("randy") == "misread":
    I'm not Martin. I'm the one who stayed. Do I get any credit for that? #speaker:randy #move:randy.blame
    -> nadia_misfire_note ->
- state_of("randy") == "escalated" || state_of("randy") == "activated":
    He's quiet for a while.
    I didn't know that. About the apartment. #speaker:randy #move:randy.turn_toward
- else:
    He reaches across and puts his hand over hers.
    That makes sense. Every "can we talk" of mine sounds like the apartment. No wonder you go quiet. #speaker:randy #move:randy.validate
}
{
- nadia_away >= 2:
    -> nadia_cold_house
- nadia_heat >= 2:
    -> nadia_heating_up
}
-> nadia_his_inside

=== nadia_his_inside ===
{
- flooded("nadia") && nadia_the_flood == 0:
    -> nadia_the_flood
}
He's always the one asking. She realises she has never once asked him the question back.
<- nadia_break_offer
* [It won't happen again. I'll stop disappearing. I promise. #move:repair]
    ~ nadia_last = "repair"
    It won't happen again. I'll stop disappearing. I promise. #speaker:nadia
    A promise made to end the discomfort: it sounds like repair, and it's a promise her body can't keep. Next time she needs the quiet, it will look like a broken promise. #coach
* [That's enough for tonight. Let's just eat. #move:dismiss]
    ~ nadia_last = "dismiss"
    ~ nadia_away += 1
    That's enough for tonight, isn't it? Let's just eat. #speaker:nadia
    Closing the subject once her side has been heard. It's the one-way door he's describing. #coach
* [What's it like for you? When I go. I never actually ask you that. #move:bid]
    ~ nadia_last = "bid"
    What's it like for you? When I go. I never actually ask you that. #speaker:nadia
    Turning the curiosity toward him. It costs her: she'll have to hear the answer without defending. #coach
- (he_answers)
{
- flooded("randy"):
    Randy turns his glass round and round. #move:randy.withdraw
- received("randy") == "misread":
    {nadia_last == "repair":Until next time.|Now you ask. Three days, and now you ask.} #speaker:randy #move:randy.criticize
    -> nadia_misfire_note ->
- nadia_last == "dismiss" && state_of("randy") == "calm":
    Sure. #speaker:randy #move:randy.withdraw
- nadia_last == "dismiss":
    Enough for you. #speaker:randy #move:randy.criticize
- nadia_last == "repair":
    ~ nadia_he_said = true
    ~ nadia_he_words = "back"
    You'll disappear again. It's okay. I just need to know you're coming back. #speaker:randy #move:randy.share_vulnerable
- state_of("randy") == "escalated" || stance_of("randy") == "attacking" || stance_of("randy") == "protesting":
    ~ nadia_he_words = "staff"
    Honestly? Like staff. Like the whole thing runs on what you want, when you want it. #speaker:randy #move:randy.criticize
- else:
    ~ nadia_he_said = true
    ~ nadia_he_words = "handy"
    Like I'm waiting by the door to be let back in. And when you come back, I can't tell if I'm wanted, or just handy. #speaker:randy #move:randy.share_vulnerable
}
{
- nadia_away >= 2:
    -> nadia_cold_house
}
-> nadia_handy

=== nadia_handy ===
{
- nadia_he_words == "handy":
    Wanted, or handy. It lands somewhere under her ribs. He isn't auditing her. He's telling her something about himself, and it hurts to hear.
- nadia_he_words == "back":
    Coming back. That's all he needs to know, he says, and she has never once told him.
- nadia_he_words == "staff":
    Staff. There it is: the verdict, or something like one.
- else:
    He's gone quiet. Whatever he feels about her going, she isn't going to hear it tonight unless she asks again.
}
{
- state_of("nadia") == "flooded":
    Her heart is pounding. #body:nadia.flooded
}
<- nadia_break_offer
* [That's not fair. I come back. I always come back. #move:defend]
    ~ nadia_last = "defend"
    ~ nadia_heat += 1
    That's not fair. I come back. I always come back. #speaker:nadia
    She does come back. Said like this, it argues with his feeling instead of hearing it, and he learns again that his feelings turn into a debate. #coach
* {nadia_he_words == "back"} [I'm always coming back. I'll tell you so, every time. I didn't know you didn't know. #move:validate]
    ~ nadia_last = "validate"
    I'm always coming back. I'll tell you so, every time. I didn't know you didn't know. #speaker:nadia
    Hearing his need as his, not as a complaint about her, and answering it with something she can actually do. #coach
* {nadia_he_words == "handy"} [Wanted. Not handy. I didn't know that's what it looks like from your side. #move:validate]
    ~ nadia_last = "validate"
    She reaches across the table for his hand.
    Wanted. Not handy. I didn't know that's what it looks like from your side. #speaker:nadia
    Hearing his feeling as his, not as a charge against her, and answering it: the heart of the evening. #coach
* [I do come back on my clock. I know I do. #move:own_part]
    ~ nadia_last = "own_part"
    ~ nadia_heat = MAX(nadia_heat - 1, 0)
    I do come back on my clock. I know I do. #speaker:nadia
    Owning her step in the dance (Lerner). It isn't agreeing to the whole bill, only to her share. #coach
* {nadia_he_words == "staff" || nadia_he_words == ""} [{nadia_he_words == "staff":Don't call me that. Tell me how it feels. Not what I am.|I mean it. What's it like, when I go?} #move:repair]
    ~ nadia_last = "repair"
    {nadia_he_words == "staff":Don't call me that. Tell me how it feels. Not what I am.|I mean it. What's it like, when I go?} #speaker:nadia
    {nadia_he_words == "staff":Asking for the feeling under the verdict. It's a real request, made while stung.|A second, smaller try. The one who usually reaches isn't used to being asked.} #coach
- (he_answers)
{
- flooded("randy"):
    Randy nods. He can't say more. #move:randy.withdraw
- nadia_last == "defend" && (state_of("randy") == "escalated" || stance_of("randy") == "attacking"):
    On your clock. Every time. #speaker:randy #move:randy.criticize
- nadia_last == "defend":
    I know you come back. That's not the part. #speaker:randy #move:randy.defend
- received("randy") == "misread":
    {nadia_last == "repair":So I'm saying it wrong as well.|Your clock. Yeah.} #speaker:randy #move:randy.defend
    -> nadia_misfire_note ->
- nadia_last == "repair" && state_of("randy") != "calm":
    ~ nadia_he_said = true
    ~ nadia_he_words = "lonely"
    Lonely. Like being let in and out. #speaker:randy #move:randy.share_vulnerable
- nadia_last == "repair":
    ~ nadia_he_said = true
    ~ nadia_he_words = "lonely"
    Okay. Lonely. Like I'm waiting by the door to be let back in. #speaker:randy #move:randy.share_vulnerable
- nadia_he_words == "handy" && nadia_last == "validate":
    He turns his hand over under hers and holds on.
    Thank you. #speaker:randy #move:randy.appreciate
- else:
    He nods, slowly, and something in his shoulders lets go.
    Thank you. #speaker:randy #move:randy.appreciate
}
{
- nadia_heat >= 2:
    -> nadia_heating_up
}
-> nadia_the_ask

=== nadia_the_ask ===
{
- flooded("nadia") && nadia_the_flood == 0:
    -> nadia_the_flood
}
There's one thing she needs to say, and she doesn't know how to make it not sound like a condition.
<- nadia_break_offer
* [Okay. Here's a deal. I'll be more affectionate, more often, if you stop doing the reviews. #move:demand]
    ~ nadia_last = "demand"
    ~ nadia_terms = true
    Okay. Here's a deal. I'll be more affectionate, more often, if you stop doing the reviews. #speaker:nadia
    It sounds reasonable, and it turns closeness into a trade: affection paid out against good behaviour. His measuring, from her side. #coach
* [Get him a beer from the fridge, and open it for him. #move:bid]
    ~ nadia_last = "bid"
    She gets up and gets him a beer from the fridge, and opens it for him, which she never does.
    Trying harder without saying what she needs. Warm, and it leaves her needs in the dark, where the next three days will come from. #coach
* [When I need a day, can you let me have it, without going cold back? I'll tell you when I'm coming back. And be glad when I do. #move:ask_space=1440]
    ~ nadia_last = "ask_space"
    When I need a day, can you let me have it, without going cold back? I'll tell you I'm coming back, and when. And when I come back, I need you to be glad. Even a little. #speaker:nadia
    Asking directly for space, with a time to come back, and for warmth at the return (Lancer). Each of them needs to be able to say yes and say no without fear of being swallowed or left. #coach
- (he_answers)
{
- flooded("randy"):
    Randy nods at the table. He can't take it in. #move:randy.withdraw
    -> nadia_truce
- nadia_last == "bid":
    He takes the beer and looks at her a little warily.
    Thanks. #speaker:randy #move:randy.turn_toward
    -> nadia_truce
- received("randy") == "misread":
    {nadia_last == "demand":Affection for good behaviour. Great.|So I wait around till you're ready, and then I light up on cue.} #speaker:randy #move:randy.criticize
    -> nadia_misfire_note ->
    -> nadia_truce
- nadia_last == "demand" && state_of("randy") == "calm":
    He looks at her for a moment too long.
    Okay. Deal. #speaker:randy #move:randy.withdraw
    -> nadia_truce
- nadia_last == "demand":
    More affectionate. On a schedule. Sure. #speaker:randy #move:randy.criticize
    -> nadia_truce
- state_of("randy") == "escalated" || stance_of("randy") == "attacking":
    So I wait around until you're ready. #speaker:randy #move:randy.criticize
    -> nadia_truce
- nadia_he_said:
    Honestly? That scares me. But yes. Text me "tomorrow", so I know it's a pause. I'll be glad. I am glad. #speaker:randy #move:randy.turn_toward
- else:
    Yes. Okay. Just tell me you're coming back. #speaker:randy #move:randy.turn_toward
}
Accepting influence runs both ways: she asked, and he yielded, without a price (Gottman). #coach
-> nadia_the_table

=== nadia_the_table ===
{
- flooded("randy") || flooded("nadia"):
    -> nadia_truce
}
The chile has gone lukewarm in the pot. Neither of them gets up.
<- nadia_break_offer
* [Go round the table and sit on his knee. #move:ask_closeness]
    ~ nadia_last = "ask_closeness"
    She goes round the table and sits on his knee, which she hasn't done in a year.
* [Thank you for making the chile anyway. #move:appreciate]
    ~ nadia_last = "appreciate"
    Thank you for making the chile anyway. I saw it through the window and nearly cried. #speaker:nadia
    Appreciating what he did while he was hurt. It tells him the care was seen. #coach
* [Just don't go cold on me again. #move:criticize]
    ~ nadia_last = "criticize"
    Just don't go cold on me again. #speaker:nadia
    A parting shot on the way out of the hard part. Small, and it reopens the account they were closing. #coach
    {
    - state_of("randy") == "escalated" || flooded("randy"):
        Randy gets up and takes the bowls to the sink. #move:randy.withdraw
    - else:
        Noted. #speaker:randy #move:randy.withdraw
    }
    -> nadia_truce
- (he_answers)
{
- flooded("randy"):
    Randy nods, far away. #move:randy.withdraw
    -> nadia_truce
- received("randy") == "misread":
    {nadia_last == "appreciate":Anyway. Yeah.|Careful. My back.} #speaker:randy #move:randy.defend
    -> nadia_misfire_note ->
    -> nadia_truce
- nadia_last == "ask_closeness":
    He puts his arms round her, and they both laugh at how bad an idea it is for his back. #move:randy.humor
- else:
    I nearly didn't make it. Then I thought, she likes it. #speaker:randy #move:randy.share_vulnerable
}
{
- flooded("nadia") || flooded("randy") || state_of("nadia") == "escalated" || state_of("randy") == "escalated":
    -> nadia_truce
- nadia_he_said && (cycle_stage() == "engage-engage" || cycle_stage() == "pursue-withdraw"):
    -> nadia_reconnected
}
-> nadia_truce

=== nadia_reconnected ===
{nadia_last == "ask_closeness":Biscuit gets up and puts his head on Randy's knee, which is taken, so he settles for hers.|Biscuit gets up and puts his head on Nadia's knee, and she scratches his ears with one hand and keeps the other in Randy's.}
{nadia_told:Later, on the sofa, she tells him more about that spring, and he listens without fixing it.|Later, on the sofa, she tells him a little about Martin, and that last spring, and he listens without fixing it.}
He tells her about an article he read in the van on Tuesday, pursuers and distancers, and how he saw himself in both halves. Flip the table, he says. She says that's exactly what it feels like from her side, and then, it's what I do too, isn't it.
She came back, and he was glad. He said a feeling of his, and she heard it as his. Nobody measured anything tonight. #ending:reconnected
-> END

// A truce on terms, or one reached by trying harder: calm, and measured.
=== nadia_truce ===
{
- nadia_terms:
    They shake on it, half joking. His hand is warm and careful.
- else:
    Randy rinses the bowls. Nadia wipes the table. They are polite about the dish towel.
}
{
- flooded("randy") || state_of("randy") == "escalated":
    He puts the chile in the fridge and goes through without a word. #move:randy.withdraw
- else:
    He puts the chile in the fridge. Lunch tomorrow, he says. #move:randy.bid
}
At ten she stops at the bottom of the stairs and looks back at him. #time:90
<- nadia_break_offer
* [Wait for him. #move:bid]
    ~ nadia_last = "bid"
    She waits. After a moment he turns off the lamp and comes.
* [Go up. He'll come when he comes. #move:withdraw]
    ~ nadia_last = "withdraw"
    She goes up. She hears him come up twenty minutes later, when she's pretending to be asleep.
- (upstairs)
{
- nadia_terms:
    It's a deal: her days, his affection, measured out. It will probably work, in the way deals work. She'll count, and so will he.
- else:
    Nobody says it, but the account is open again. She'll come back and watch his face for the bill; he'll give what's asked and note it.
}
Calm is not the same as met. Affection kept on a ledger stays measured, and both of them end up keeping the books. Accepting influence is yielding because it matters to the other, without the invoice (Gottman). #coach
By Saturday they will be careful with each other, which is not the same as close. #ending:measured_truce
-> END

// ---------------------------------------------------------------------------------------------
// The cold house: both withdrawn
// ---------------------------------------------------------------------------------------------

=== nadia_cold_house ===
{ nadia_dinner > 0:
    They stay at the table over the empty bowls, on opposite sides of it. Nobody gets up and nobody says anything. Biscuit goes from one chair to the other and gets nothing from either. #time:10
  - else:
    They eat on opposite sides of the table. The chile is good. Nobody says so. Biscuit goes from one chair to the other and gets nothing from either. #time:10
}
<- nadia_break_offer
* [{nadia_dinner > 0:Sit. Say nothing.|Eat. Say nothing.} #move:withdraw]
    ~ nadia_last = "withdraw"
    She {nadia_dinner > 0:sits|eats}, and says nothing, and so does he.
* [Say it, at least: {nadia_dinner > 0:The chile was really good.|The chile's really good.} #move:bid]
    ~ nadia_last = "bid"
    {nadia_dinner > 0:The chile was really good.|The chile's really good.} #speaker:nadia
    {
    - flooded("randy") || gone_cold("randy"):
        Mm. #speaker:randy #move:randy.withdraw
    - else:
        Thanks. #speaker:randy #move:randy.turn_toward
    }
    A small bid across a cold table. It's how the account starts to refill, if anyone keeps it up. #coach
* [Are you going to be like this all night? #move:criticize]
    ~ nadia_last = "criticize"
    Are you going to be like this all night? #speaker:nadia
    {
    - flooded("randy") || gone_cold("randy"):
        He doesn't answer. #move:randy.stonewall
    - else:
        Like what? #speaker:randy #move:randy.defend
    }
    The question is the fear of his cold, said as a charge. Now she is the one pursuing. #coach
- (eaten)
{
- flooded("randy") || gone_cold("randy"):
    Randy washes up with his back to the room and doesn't turn round. #move:randy.withdraw
- pursuing("randy"):
    You're going to go up and read, aren't you. That's the evening. #speaker:randy #move:randy.criticize
- else:
    Randy washes up. Once, he looks over as if he might say something, and doesn't. #move:randy.withdraw
}
Nadia goes through to the living room and turns the TV on low. She isn't watching it.
{
- state_of("nadia") == "flooded":
    Her heart is racing, and she is sitting perfectly still. #body:nadia.flooded
- state_of("nadia") != "calm":
    She isn't as still inside as she looks. #body:nadia.stirred
}
<- nadia_break_offer
* [Go back in. I don't want another three days. I don't know how to stop it. #move:soft_startup]
    ~ nadia_last = "soft_startup"
    She goes back into the kitchen and stands in the doorway.
    I don't want another three days of this. I don't know how to stop it. #speaker:nadia
    A soft start-up from the cold: her feeling, the moment, the wish. Late, and shaky, and real. #coach
    {
    - flooded("randy") || gone_cold("randy"):
        He keeps his back to her. #move:randy.stonewall
        -> nadia_bedtime
    - received("randy") == "misread" || pursuing("randy"):
        You could start by not going upstairs. #speaker:randy #move:randy.criticize
        -> nadia_bedtime
    - else:
        He turns off the tap.
        Me neither. #speaker:randy #move:randy.turn_toward
        {
        - nadia_dinner == 0:
            -> nadia_dinner
        }
        -> nadia_the_apartment
    }
* [Text him from the sofa: Are you coming through? #move:bid]
    ~ nadia_last = "bid"
    Are you coming through? #speaker:nadia
    {
    - flooded("randy") || gone_cold("randy"):
        The phone buzzes on the counter, and stays there. #move:randy.withdraw
    - else:
        In a bit. #speaker:randy #move:randy.dismiss
    }
    A text from the next room is a bid that can be turned down without anyone having to see it. #coach
* [Go up and read. #move:withdraw]
    ~ nadia_last = "withdraw"
    She goes up and reads the same page four times.
    The quiet she needed three days ago is not the quiet she's in now. This one has him on the other side of it, going cold. #coach
- (upstairs)
-> nadia_bedtime

=== nadia_bedtime ===
Eleven o'clock. They brush their teeth side by side and don't meet each other's eyes in the mirror. In bed, two backs. #time:60
{
- flooded("randy") || gone_cold("randy"):
    Randy's breathing is too even for sleep. #move:randy.withdraw
- pursuing("randy"):
    Are we going to do this all weekend too? #speaker:randy #move:randy.criticize
- else:
    Randy turns the lamp off on his side. #move:randy.withdraw
}
<- nadia_break_offer
* [Put your hand on his back. Say nothing. #move:bid]
    ~ nadia_last = "bid"
    She puts her hand flat on his back.
    {
    - flooded("randy") || stance_of("randy") == "cold":
        He doesn't move. #move:randy.stonewall
    - received("randy") == "misread":
        Now? #speaker:randy #move:randy.criticize
    - else:
        After a while he reaches back and finds her hand. Neither of them says anything. #move:randy.turn_toward
    }
    A hand in the dark is better than none. It can't say what happened on Sunday, or tonight. #coach
* [Turn the lamp off. #move:withdraw]
    ~ nadia_last = "withdraw"
    She turns the lamp off.
    In the dark she tells herself he'll come round by the weekend. He tells himself the same, the other way round. #coach
* [Say it to the ceiling: I don't go quiet to punish you. I go quiet to come back. #move:share_vulnerable]
    ~ nadia_last = "share_vulnerable"
    I don't go quiet to punish you. I go quiet so I can come back. #speaker:nadia
    {
    - flooded("randy") || stance_of("randy") == "cold":
        He doesn't answer. #move:randy.stonewall
    - received("randy") == "misread":
        It's eleven o'clock, Nadia. #speaker:randy #move:randy.dismiss
    - else:
        I know. I think I know. #speaker:randy #move:randy.share_vulnerable
    }
    Naming what the quiet is for, even to the ceiling. It won't undo tonight; it's something he can hold on to next time. #coach
- (lights_out)
-> nadia_the_morning

=== nadia_the_morning ===
Friday. Randy's van is gone when she comes down at half past six. There's a note by her keys, on the back of an invoice: Chile's in the fridge. R. #time:420
<- nadia_break_offer
* [Text him at break time: Thanks for the chile. #move:appreciate]
    ~ nadia_last = "appreciate"
    At break time, in the staff room, she texts him. Thanks for the chile. #time:200
    {
    - received("randy") == "misread":
        Sure. #speaker:randy #move:randy.dismiss
    - else:
        Anytime. #speaker:randy #move:randy.bid
    }
    Logistics and thumbs. It's the most either of them can manage, and both will read it for more than it says. #coach
* [Leave the note where it is. #move:withdraw]
    ~ nadia_last = "withdraw"
    She leaves the note where it is and drives to school with the radio up.
    Coolness answered with coolness. She needed quiet to come back; now the quiet is keeping her away. #coach
- (gone)
Saturday morning. Randy is at the hardware store for a hinge. The house is very quiet, which is what she wanted on Monday. #time:1440
<- nadia_break_offer
* [Text him: Gas bill's paid. #move:withdraw]
    ~ nadia_last = "withdraw"
    Gas bill's paid. #speaker:nadia
    {
    - received("randy") == "misread":
        Okay. #speaker:randy #move:randy.withdraw
    - else:
        Thanks. #speaker:randy #move:randy.withdraw
    }
* [Text him: Coffee when you're back? The real kind. #move:bid]
    ~ nadia_last = "bid"
    Coffee when you're back? The real kind. #speaker:nadia
    {
    - received("randy") == "misread" || gone_cold("randy"):
        Maybe. Busy day. #speaker:randy #move:randy.dismiss
    - else:
        Maybe. #speaker:randy #move:randy.dismiss
    }
    A bid two days late meets a coolness two days old. Each reach from the cold comes back a little colder; this is how a few days become a few weeks. #coach
- (saturday)
By Saturday they are texting about the gas bill. Each is sure they're only answering the other. She's already bracing for the next review; he's already measuring the next hug. #ending:table_flipped
-> END

// ---------------------------------------------------------------------------------------------
// The heat
// ---------------------------------------------------------------------------------------------

=== nadia_heating_up ===
~ temp he_said_grateful = false
{
- flooded("randy"):
    Randy's face has gone flat. He stares past her at the window. #move:randy.stonewall
- stance_of("randy") == "attacking" || state_of("randy") == "escalated":
    ~ he_said_grateful = true
    This is what you do. I say one thing and you go away, and then you come back and I'm supposed to be grateful. #speaker:randy #move:randy.blame
- gone_cold("randy"):
    Randy says nothing. The silence is the answer. #move:randy.withdraw
- else:
    I'm trying to tell you something and you're defending yourself before I've finished. #speaker:randy #move:randy.criticize
}
{
- state_of("nadia") == "flooded":
    Nadia's heart is pounding so hard she can feel it in her hands. #body:nadia.flooded
- state_of("nadia") == "escalated":
    Nadia's heart is going fast. #body:nadia.hot
- state_of("nadia") == "activated":
    Nadia can feel her pulse in her neck. #body:nadia.stirred
}
She knows this moment: the one before she leaves the room, or before she says the thing she can't take back.
<- nadia_break_offer
* [{he_said_grateful:Grateful? |}I come home to you, and you're doing the accounts. #move:criticize]
    ~ nadia_last = "criticize"
    ~ nadia_heat += 1
    {he_said_grateful:Grateful? |}I come home to you, and you're standing there doing the accounts. #speaker:nadia
    Fighting back turns a pursuit into attack and defence. The score evens up; nobody feels any better. #coach
    -> nadia_the_flood
* [We're doing it again. You push, I go. Can we stop, and start over? #move:repair]
    ~ nadia_last = "repair"
    ~ nadia_heat = 0
    We're doing it again. You push, I go, you push harder. Can we stop, and start over? #speaker:nadia
    A repair that names the cycle: the enemy is the pattern, not him and not her. #coach
    -> nadia_repair_answer
+ {not flooded("nadia")} [This is getting loud. I need twenty minutes in the car, and then I'm coming back in. #move:take_break=20]
    ~ nadia_last = "take_break"
    This is getting loud. I need twenty minutes. I'm going to sit in the car, and then I'm coming back in. I promise. #speaker:nadia
    A break asked for directly, before anyone's over the line, with a time to come back: not an exit, not a punishment. #coach
    -> nadia_in_the_car
* [Say nothing. Look at the table until he stops. #move:stonewall]
    ~ nadia_last = "stonewall"
    ~ nadia_away += 1
    She looks at the grain of the table and says nothing at all.
    {
    - state_of("nadia") == "flooded" || state_of("nadia") == "escalated":
        Nothing shows on her face. Inside, her heart is racing. #body:nadia.hot
    - else:
        Nothing shows on her face. She isn't as still inside as she looks.
    }
    A stonewall looks like calm from outside. It isn't: the one behind the wall pays for it in heart rate (Gottman and Levenson), and the one in front of it feels shut out. #coach
    -> nadia_the_flood

=== nadia_repair_answer ===
{
- flooded("randy"):
    Randy nods, once, without looking at her. #move:randy.withdraw
- received("randy") == "misread":
    Start over so you can go quiet again in ten minutes? #speaker:randy #move:randy.defend
    -> nadia_misfire_note ->
- state_of("randy") == "escalated":
    He lets out a long breath.
    Yeah. Okay. #speaker:randy #move:randy.turn_toward
- else:
    He almost smiles.
    Please. #speaker:randy #move:randy.turn_toward
}
{
- nadia_dinner == 0:
    -> nadia_dinner
- nadia_the_apartment == 0:
    -> nadia_the_apartment
- nadia_his_inside == 0:
    -> nadia_his_inside
}
-> nadia_the_ask

=== nadia_the_flood ===
~ temp he_was = state_of("randy")
{
- he_was == "flooded":
    Randy's breathing is short and his face is red. He grips the back of the chair. #body:randy.flooded
- else:
    Randy pushes his chair back.
}
{
- he_was == "flooded":
    I'm done. I can't talk to you. #speaker:randy #move:randy.withdraw
- he_was == "escalated" || stance_of("randy") == "attacking":
    You want to know what I think? I think nothing I give you is ever the right amount, or at the right time. #speaker:randy #move:randy.blame
- else:
    Forget it. Forget I said anything. #speaker:randy #move:randy.withdraw
}
{
- flooded("nadia") && not nadia_taught_flood:
    ~ nadia_taught_flood = true
    This is flooding: heart over 100, thinking narrowed to fight or flight (Gottman). The pull to leave the room is her body's, not a verdict on him. What matters is how she leaves. #coach
- flooded("randy") && not nadia_taught_flood:
    ~ nadia_taught_flood = true
    Randy is over the flooding line: past about 100 beats a minute, words land as threats. Nothing she explains now will get through. #coach
}
{
- state_of("nadia") == "flooded":
    Her own heart is slamming. #body:nadia.flooded
}
* {flooded("nadia") || flooded("randy")} [Grab your keys. I'm going to Leila's. #move:withdraw]
    ~ nadia_last = "withdraw"
    ~ nadia_door = "leilas"
    -> nadia_at_the_door
+ [I'll be in the car. Twenty minutes. Then I'm coming back in. #move:take_break=20]
    ~ nadia_last = "take_break"
    ~ nadia_break_from = "heat"
    I'll be in the car. Twenty minutes. Then I'm coming back in. #speaker:nadia
    Walking away to calm down, not to punish, and naming the time: that is the difference between a break and an exit. #coach
    -> nadia_in_the_car
* [Fine. Say it, then. Say all of it. #move:demand]
    ~ nadia_last = "demand"
    ~ nadia_heat += 1
    Fine. Say it, then. Say all of it. Let's have the whole review. #speaker:nadia
    Daring him to go on turns her freeze into fight. Neither of them can hear from here. #coach
    {
    - flooded("randy") || gone_cold("randy"):
        He picks up the van keys. #move:randy.withdraw
        ~ nadia_door = "van"
        -> nadia_at_the_door
    - else:
        Okay. You always go. You always come back when it suits you. And I'm always just here. #speaker:randy #move:randy.blame
    }
    {
    - flooded("nadia") || flooded("randy"):
        ~ nadia_door = "leilas"
        She's on her feet before she has decided anything.
        -> nadia_at_the_door
    }
    They go round it twice more, quieter each time, and get nowhere. #time:4
    -> nadia_cold_house

=== nadia_at_the_door ===
// A walk-out is somebody leaving flooded; the knot is reached only with someone over the line.
{
- nadia_door == "van":
    Randy takes the van keys off the hook. At the back door he stops, but doesn't turn round.
    {
    - state_of("nadia") == "flooded":
        Her heart is hammering. #body:nadia.flooded
    }
- else:
    Nadia takes her keys and her coat. Biscuit stands in the hall between them, looking from one to the other.
    {
    - flooded("randy"):
        Randy doesn't try to stop her. He doesn't say anything at all. #move:randy.stonewall
    - stance_of("randy") == "attacking" || pursuing("randy"):
        That's right. Go to your sister's. It's what you do. #speaker:randy #move:randy.contempt
    - else:
        Where are you going? Nadia. #speaker:randy #move:randy.bid
    }
}
Leaving flooded isn't the mistake. Leaving without saying when you'll be back is: an open-ended exit feels like abandonment to the one left behind, and the alarm goes up. And a walk, not the wheel, while the flood is that high. #coach
* {nadia_door == "leilas"} [Go. Don't say when you'll be back. #move:withdraw]
    ~ nadia_last = "withdraw"
    The front door closes behind her hard enough to rattle the glass.
    -> nadia_at_leilas
* {nadia_door == "van"} [That's right. Drive off. It's what you do. #move:contempt]
    ~ nadia_last = "contempt"
    That's right. Drive off. You're so good at cold. #speaker:nadia
    The van door slams. Contempt on the way out is what he'll remember of tonight, longer than anything she meant. #coach
    -> nadia_at_leilas
+ [{nadia_door == "van":Stop him at the door. Ask him when he'll be back.|Stop at the door. Tell him when: Leila's for an hour, back by nine.} #move:take_break=60]
    ~ nadia_last = "take_break"
    ~ nadia_break_from = "heat"
    {nadia_door == "van":Go if you need to. Just tell me when you'll be back.|I'm going to Leila's for an hour. I'll be back by nine. I'm coming back.} #speaker:nadia
    {
    - nadia_door == "van" && flooded("randy"):
        Nine. #speaker:randy #move:randy.take_break
    - nadia_door == "van":
        Nine. I'll be back by nine. #speaker:randy #move:randy.take_break
    - flooded("randy"):
        He nods at the floor. #move:randy.take_break
    - else:
        Nine. Okay. #speaker:randy #move:randy.take_break
    }
    The same exit, turned into a break: a time to come back makes leaving safe for both of them. Better still a walk, not the wheel, while the flood is that high. #coach
    -> nadia_an_hour

=== nadia_at_leilas ===
{
- nadia_door == "van":
    The van's lights swing across the kitchen and are gone. Nadia is alone with two bowls and Biscuit.
- else:
    Leila's kitchen. Leila puts a glass of wine in front of her and doesn't ask, which is why Nadia came.
}
Her phone is face down on the table. It buzzes once. #time:15
{
- state_of("nadia") == "flooded":
    Her heart is still going. #body:nadia.flooded
- state_of("nadia") != "calm":
    She's steadier, and not calm. #body:nadia.stirred
}
+ {flooded("nadia")} [Put the phone in your bag. Twenty minutes before you read anything. #move:take_break=20]
    ~ nadia_last = "take_break"
    She puts the phone in her bag and zips it shut.
    {nadia_door == "van":She sits on the back step with Biscuit's head on her knee and lets the twenty minutes go by.|Leila talks about her neighbour's extension, and Nadia lets her, and lets twenty minutes go by.} #time:20
    {
    - state_of("nadia") == "calm":
        By the end of it her hands are still. #body:nadia.calm
    - else:
        By the end of it she is steadier, if not calm. #body:nadia.stirred
    }
    A break of her own, after the exit. It can't undo the door, but it means whatever she sends next won't come from the flood. #coach
    -> later
* [Turn it over. Read it. Answer it. #move:bid]
    ~ nadia_last = "bid"
    {nadia_door == "van":Where are you? he's written.|Are you coming back tonight? he's written.} She writes back.
    {nadia_door == "van":Home. Where are you?|Yes. Later.} #speaker:nadia
    {
    - flooded("randy"):
        Nothing more comes. #move:randy.withdraw
    - else:
        Okay. #speaker:randy #move:randy.withdraw
    }
    An answer, even a short one, tells him the exit isn't the end. #coach
* [Leave it face down. #move:withdraw]
    ~ nadia_last = "withdraw"
    She leaves it face down. It doesn't buzz again.
    Silence after a walk-out keeps the fight going in the empty room; both of them fill it with the worst reading. #coach
- (later)
{
- nadia_door == "van":
    She takes Biscuit round the block twice, to have something to do with her legs. #time:30
- else:
    You can stay over, you know, Leila says. The sofa bed's made up. #time:30
}
* [{nadia_door == "van":Go to bed before he's back.|Stay over.} #move:withdraw]
    ~ nadia_last = "withdraw"
    {nadia_door == "van":She goes up at half past nine and turns the light off.|She texts him: Staying at Leila's. Nothing else.}
    {
    - nadia_door != "van" && (flooded("randy") || gone_cold("randy")):
        The message shows as read. #move:randy.withdraw
    - nadia_door != "van":
        Okay. #speaker:randy #move:randy.withdraw
    }
    Not coming back tonight, or not being there when he does: the exit stays open-ended, and both fill it with the worst reading. #coach
* [{nadia_door == "van":Wait up for him in the kitchen.|Go home, late.} #move:bid]
    ~ nadia_last = "bid"
    {nadia_door == "van":She leaves the hall light on and waits in the kitchen with the radio low.|She thanks Leila and drives home slowly, the long way.}
    Going back, even late and without a plan, tells him the exit wasn't the end. #coach
- (night)
{
- nadia_door == "van":
    Randy comes back after ten. She hears the van, then the back door, then the spare room. #time:150
- nadia_last == "withdraw":
    She lies awake on Leila's sofa bed until long after midnight, the phone face down on the floor beside her. #time:150
- else:
    She gets home after ten. The spare room door is shut. #time:150
}
{
- nadia_door == "van":
    He left in the heat of it, with no time to come back.
- nadia_drove_off:
    She had said twenty minutes, and then she drove off in the heat of it.
- else:
    She walked out in the heat of it, with no time to come back.
}
The warmth she came home for is further off than it was at seven. #ending:walked_out
-> END

// Her hour at Leila's, agreed at the door: a break with a time to come back.
=== nadia_an_hour ===
{nadia_door == "van":The van pulls out slowly. Nadia sits on the back step with Biscuit and a cup of tea going cold in her hands.|Leila's kitchen. Leila puts the kettle on and doesn't ask, which is why Nadia came.} #time:20
{
- state_of("nadia") == "calm":
    Somewhere in the second cup her shoulders come down. #body:nadia.calm
- else:
    She is steadier, if not calm. #body:nadia.stirred
}
{
- not nadia_taught_twenty:
    ~ nadia_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and an hour said out loud at the door is a break, not an exit. #coach
}
{nadia_door == "van":Nine o'clock comes round on the kitchen clock.|At a quarter to nine, by the clock on Leila's oven, she gets her coat.} #time:25
-> nadia_the_return

// ---------------------------------------------------------------------------------------------
// The break: twenty minutes in the car
// ---------------------------------------------------------------------------------------------

=== nadia_in_the_car ===
{
- flooded("randy"):
    Randy nods without looking at her. #move:randy.take_break
- received("randy") == "misread" && not flooded("randy"):
    Right. Off you go. #speaker:randy #move:randy.take_break
- else:
    Okay. Twenty minutes. #speaker:randy #move:randy.take_break
}
She takes her keys and goes out to the car in the drive, and sits in the driver's seat with the engine off.
{
- not nadia_taught_twenty:
    ~ nadia_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come down (Gottman), spent on something other than rehearsing the argument. Saying where she'll be and when she'll be back is what keeps his alarm from going off. #coach
}
She flips through the parent-conference folder on the passenger seat without reading any of it. #time:6
{
- flooded("randy") || pursuing("randy") || stance_of("randy") == "protesting":
    -> knock
}
-> waiting

= knock
Then a shape at the window. Randy, in his socks, with Biscuit's lead in his hand as an excuse.
{
- flooded("randy"):
    Nadia. Open the door. We need to finish this. #speaker:randy #move:randy.demand
- else:
    Can we just talk now? I can't stand it in there. #speaker:randy #move:randy.ask_closeness
}
~ nadia_knocked = true
{
- state_of("nadia") == "flooded":
    Her heart jumps back up, all of it, as if she never left the kitchen. #body:nadia.flooded
}
{
- flooded("nadia"):
    He reached into the break, and it started over: a body still cooling hears any talk as the fight coming back. It's his alarm talking, not cruelty. #coach
- else:
    He reached into the break. She was steady enough to take it this time; the time was still the point. #coach
}
+ [Roll the window down an inch. Not yet. I said twenty. I'm coming back in. #move:take_break=20]
    ~ nadia_last = "take_break"
    Not yet. I said twenty minutes. I'm coming back in, Randy. I promise. #speaker:nadia
    {
    - flooded("randy"):
        He stands there a moment, then goes back in. #move:randy.take_break
    - else:
        Okay. Okay. Sorry. #speaker:randy #move:randy.take_break
    }
    Holding the break, kindly, with the time said again: that is what lets it work for both of them. #coach
    -> waiting
* {flooded("nadia") || flooded("randy")} [Start the engine. #move:withdraw]
    ~ nadia_last = "withdraw"
    ~ nadia_door = "leilas"
    ~ nadia_drove_off = true
    She starts the engine. He steps back from the car.
    The knock at the window broke the break, and driving off turns what is left of it into an exit. A body that far over the line belongs on a walk, not behind the wheel. #coach
    -> nadia_at_leilas
* {not flooded("nadia") && not flooded("randy")} [Don't answer. Look straight ahead until he goes. #move:stonewall]
    ~ nadia_last = "stonewall"
    ~ nadia_away += 1
    She looks straight ahead through the windscreen until he goes back in.
    Not answering is its own answer: the break turns into a wall, and he will be behind his own by the time she comes in. #coach
    She sits there another twenty minutes, and then goes in by the front door and straight up the stairs. #time:20
    -> nadia_cold_house
* {not flooded("nadia")} [Open the door. Okay. Get in. #move:turn_toward]
    ~ nadia_last = "turn_toward"
    ~ nadia_back_early = true
    Okay. Get in. It's cold. #speaker:nadia
    He gets in the passenger side, and Biscuit climbs over into the back.
    -> nadia_the_return

= waiting
{
- nadia_knocked:
    She watches him go back in, and starts the twenty minutes again from now, on the dashboard clock. #time:8
}
The street light comes on over the Hendersons' hedge. A man walks a terrier past and nods at her through the windscreen. #time:4
Then her own alarm, the one she never admits to: he's in there going cold; by the time you go in, the wall will be up for days. Go now, before it sets. #time:2
+ {flooded("nadia")} [Let the alarm ring itself out. Stay the full twenty. #move:take_break=20]
    -> stays
* {not flooded("nadia")} [Let the alarm ring itself out. Stay the full twenty. #move:self_soothe]
    -> stays
* {not nadia_back_early && not nadia_knocked} [Go back in now. Better to sort it out than sit out here scared. #move:ask_closeness]
    ~ nadia_last = "ask_closeness"
    ~ nadia_back_early = true
    She's back in the kitchen before ten minutes are up.
    I couldn't stay out there. Can we just talk now? #speaker:nadia
    {
    - state_of("nadia") == "flooded":
        And her heart is straight back up where it was, as if she never left. #body:nadia.flooded
    }
    {
    - flooded("randy"):
        Randy looks up from the table, his face still shut.
        Not yet. You said twenty. #speaker:randy #move:randy.defend
    - else:
        Randy looks up, surprised.
        Already? Okay. #speaker:randy #move:randy.turn_toward
    }
    {
    - flooded("nadia") || flooded("randy"):
        Coming back early, even to make peace, cuts the break short: a body still cooling goes straight back over the line. The time was the point. #coach
    - else:
        Nobody was over the line, so coming back early did little harm this time. Once someone is, only the whole twenty works. #coach
    }
    -> nadia_the_return
= stays
She breathes, four in and six out, because it gives the alarm something to do besides give orders. #time:8
{
- state_of("nadia") == "calm":
    Somewhere in there her shoulders come down from her ears. #body:nadia.calm
- else:
    She's steadier than she was, if not calm yet. #body:nadia.stirred
}
-> nadia_the_return

=== nadia_the_return ===
{
- nadia_back_early && not nadia_rebreak:
    -> nadia_too_soon
}
{
- nadia_rebreak:
    This time she stays out the whole twenty minutes, and then she goes back in. #time:1
- nadia_door == "van":
    At nine the van comes back up the drive. He comes in with a bag from the petrol station: the chocolate she likes. #time:5
- nadia_break_from == "heat" && nadia_an_hour > 0:
    At nine she lets herself back in. #time:5
- else:
    Twenty minutes after she went out, she goes back in. #time:1
}
{
- flooded("randy"):
    Randy is at the table, but his face is still closed.
    I'm here. I don't know if I can talk yet. #speaker:randy #move:randy.withdraw
- state_of("randy") == "escalated" || state_of("randy") == "activated":
    Randy sits with his arms folded.
    Okay. Go on, then. #speaker:randy #move:randy.defend
- else:
    {
    - nadia_back_early:
        He is at the table where she left him, and he looks up when she comes in.
    - nadia_dinner > 0 || nadia_the_chase > 0:
        He's made two teas and put hers at her place, the handle turned toward her.
    - else:
        He's warmed the chile back up and set the table properly, with the good bowls.
    }
    {
    - nadia_chased:
        I'm sorry I went cold. You came in to be nice, and I turned my back on you. #speaker:randy #move:randy.repair
        {
        - received("nadia") == "misread":
            -> nadia_heard_a_verdict("I turned my back on you") ->
        }
    - else:
        I'm sorry I pushed. You came in to be nice, and I gave you a bill. #speaker:randy #move:randy.repair
        {
        - received("nadia") == "misread":
            -> nadia_heard_a_verdict("I gave you a bill") ->
        }
    }
}
<- nadia_break_offer
* [So. Are you going to do the review now, or later? #move:criticize]
    ~ nadia_last = "criticize"
    So. Are you going to do the review now, or later? #speaker:nadia
    Coming back with the same charge restarts the cycle. A break works only if both come back softer than they left. #coach
    {
    - flooded("randy") || state_of("randy") == "escalated":
        He looks at the table. #move:randy.withdraw
    - else:
        His face closes, like a door.
        Neither. #speaker:randy #move:randy.withdraw
    }
    -> nadia_cold_house
* [{nadia_chased:I'm sorry too. I came after you round the kitchen. I hate it when I do that.|I'm sorry too. I went quiet on you. Again.} #move:own_part]
    ~ nadia_last = "own_part"
    ~ nadia_heat = 0
    {nadia_chased:I'm sorry too. I came after you round the kitchen. I hate it when I do that.|I'm sorry too. I went quiet on you. Again.} #speaker:nadia
    Coming back softer than she left: owning her part is what lets the break pay off. #coach
* [Sit down next to him. {nadia_dinner > 0 || nadia_the_chase > 0:Can we just sit a minute first?|Can we just eat first?} #move:ask_closeness]
    ~ nadia_last = "ask_closeness"
    She sits next to him, not across.
    {nadia_dinner > 0 || nadia_the_chase > 0:Can we just sit a minute first? Before we talk?|Can we just eat first? Before we talk?} #speaker:nadia
    Asking for closeness without asking for an answer yet. #coach
- (he_answers)
{
- flooded("randy"):
    For a moment he says nothing, but he doesn't leave either.
    Give me a minute. #speaker:randy #move:randy.ask_space=5
- received("randy") == "misread":
    {nadia_last == "own_part":{nadia_chased:Round the kitchen. Yeah.|Again. Yeah.}|{nadia_last == "ask_closeness":First. Then what?|Now or later. Right.}} #speaker:randy #move:randy.defend
    -> nadia_misfire_note ->
- state_of("randy") == "escalated" || state_of("randy") == "activated":
    He nods slowly.
    Yeah. Okay. #speaker:randy #move:randy.turn_toward
- else:
    You came back. You said you would, and you did. #speaker:randy #move:randy.appreciate
}
<- nadia_break_offer
* [Let's leave Sunday for the weekend. Slowly. #move:appreciate]
    ~ nadia_last = "appreciate"
    Thank you for letting me go. Let's leave Sunday for the weekend, slowly. #speaker:nadia
    Resuming when both are calm, with a time set. Not everything has to be solved on a Thursday. #coach
    {
    - flooded("randy") || state_of("randy") == "escalated":
        The weekend. #speaker:randy #move:randy.take_break
    - else:
        Saturday. I'll make the real coffee. #speaker:randy #move:randy.humor
    }
    -> nadia_break_ending
* {nadia_the_apartment == 0} [Can I tell you what Sunday sounded like to me? #move:share_vulnerable]
    ~ nadia_last = "share_vulnerable"
    Can I tell you what Sunday sounded like to me? Now, while I can. #speaker:nadia
    Re-engaging once both are calm enough to hear it. #coach
    {
    - flooded("randy"):
        He shakes his head. Not yet. #move:randy.withdraw
        -> nadia_break_ending
    - received("randy") == "misread":
        Your side first. Sure. #speaker:randy #move:randy.defend
        -> nadia_misfire_note ->
        -> nadia_break_ending
    - else:
        Yeah. Tell me. #speaker:randy #move:randy.turn_toward
        -> nadia_the_apartment
    }
* [Say nothing. Put your hand on his. #move:bid]
    ~ nadia_last = "bid"
    She puts her hand over his on the table.
    {
    - flooded("randy"):
        He leaves it there. #move:randy.withdraw
    - else:
        He turns his hand over and holds on. #move:randy.turn_toward
    }
    -> nadia_break_ending

// The break was cut short (she came back in, or let him into the car): they are talking inside it.
=== nadia_too_soon ===
{nadia_knocked:They sit in the car with the engine off, side by side, looking at the garage door.|They stand in the kitchen, a table's width apart.}
{
- flooded("randy"):
    Randy can't look at her. His jaw is tight. #move:randy.withdraw
- flooded("nadia"):
    I know. I know you said twenty. I'm sorry. #speaker:randy #move:randy.own_part
- else:
    I'm glad you're back. I think. #speaker:randy #move:randy.bid
}
{
- state_of("nadia") == "flooded":
    Her heart hasn't come down at all. #body:nadia.flooded
}
{
- flooded("nadia") || flooded("randy"):
    They are inside the break, talking, and someone is still over the line. Nothing said now will land; the twenty minutes were the point. #coach
- else:
    Nobody is over the line, so the short break did what it could. The talk that follows has to be slower than the one they left. #coach
}
+ [I came back too soon. I'm going back out. Twenty minutes, properly this time. #move:take_break=20]
    ~ nadia_last = "take_break"
    ~ nadia_rebreak = true
    I came back too soon. I'm going back out. Twenty minutes, properly this time, and then I'm back. #speaker:nadia
    {
    - flooded("randy"):
        He nods. #move:randy.take_break
    - else:
        Okay. Twenty. #speaker:randy #move:randy.take_break
    }
    {nadia_knocked:He gets out, and goes back in with Biscuit.|She goes back out to the car.} She puts the radio on low and doesn't look at the house. #time:12
    A woman from the end of the road jogs past, twice. #time:10
    {
    - state_of("nadia") == "calm":
        By the end of it her hands are still in her lap. #body:nadia.calm
    - else:
        By the end of it she is steadier, if not calm. #body:nadia.stirred
    }
    Noticing that the break was cut short, and taking the whole of it after all, is the skill. #coach
    -> nadia_the_return
* {not flooded("nadia") && not flooded("randy")} [Stay. I'm sorry I went quiet on you. Let's go slower. #move:own_part]
    ~ nadia_last = "own_part"
    ~ nadia_heat = 0
    I'm sorry I went quiet on you. Let's go slower. #speaker:nadia
    {
    - received("randy") == "misread":
        Slower. Sure. #speaker:randy #move:randy.defend
        -> nadia_misfire_note ->
        -> nadia_cold_house
    - else:
        Slower. Yeah. #speaker:randy #move:randy.turn_toward
    }
    {
    - nadia_dinner == 0:
        -> nadia_dinner
    - nadia_the_apartment == 0:
        -> nadia_the_apartment
    - nadia_his_inside == 0:
        -> nadia_his_inside
    }
    -> nadia_the_ask
* [Fine. Let's just have it out, then. #move:demand]
    ~ nadia_last = "demand"
    ~ nadia_heat += 1
    Fine. Let's just have it out, then. #speaker:nadia
    {
    - flooded("randy") || gone_cold("randy"):
        He says nothing. #move:randy.stonewall
    - else:
        Have it out. Okay. You always go. #speaker:randy #move:randy.blame
    }
    {
    - nadia_the_flood == 0:
        -> nadia_the_flood
    }
    They go round it twice more, quieter each time, and get nowhere. #time:4
    -> nadia_cold_house

=== nadia_break_ending ===
For the next half hour they do separate things: Nadia marks essays on the sofa with Biscuit on her feet; Randy fixes the back gate latch he's been meaning to fix. It isn't a cold silence. It's two people resting. #time:30
On Saturday, over the real coffee, they'll start again, slower. She went, and said when, and came back; the quiet was a break this time, not a verdict. #ending:break_and_return
-> END
