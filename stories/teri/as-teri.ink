// As Teri — the player is Teri (the distancer now); Dale is simulated by the model.
// Adapted from Teri's reply to comment 4 in 002_612bd878bc8560af.txt: "I was the pursuer first as
// he was kind of controlling, stubborn and insensitive. I changed, and checked out. Now I am the
// distancer." She is "straightforward and honest with him about everything", calls out the guilt
// and the bribes "not in a mean way but firm and understanding", loves him, does not want to be his
// therapist, is 32 and may want a family one day, and likes someone else. This mode is her inside.
//
// Shape of the mode:
//   the opening        teri_start -> teri_doorstep (the bike) -> teri_the_tickets -> teri_upstairs
//                      -> teri_the_list ("I do everything for you")
//   the firm track     teri_using_me -> teri_where_she_stands (honesty: where she stands, and Owen)
//                      -> teri_he_hears -> teri_the_future -> teri_terms
//                      -> teri_end_not_yet (#ending:not_yet) | teri_end_plainly (#ending:said_plainly)
//                      | teri_end_limbo (#ending:deadlock: "let's just keep working on things")
//   the therapist      teri_his_nights -> teri_end_therapist (#ending:his_therapist), or she hands
//                      the job back and goes on to teri_terms
//   the fight          teri_the_fight -> teri_five_minutes / teri_the_door -> teri_end_walked_out
//                      (#ending:walked_out)
//   the break          teri_call_break -> teri_twenty_minutes (his answer said during the break; he
//                      may text into it, and answering floods a body still cooling) -> teri_the_return
//                      -> teri_after_the_break -> teri_break_ending (#ending:break_and_return), or on
//                      to teri_where_she_stands; teri_last_break when a break is needed again
//
// Which track follows Teri's choices (teri_heat: her sharp moves; teri_soothing: her sliding into
// looking after him). What Dale says follows the model: flooded / state_of / stance_of and
// received("dale") (with trust worn thin, her honesty can sound like a verdict, and her kindness
// like a door opening). Whenever Teri is flooded, a break is on offer (teri_break_offer).
// A line's #time passes before the line; its conditions are read before that, so a line that
// narrates a body (#body) never carries #time.

VAR teri_opening = ""      // soft | peace | errand | sharp: how she met him at the door
VAR teri_heat = 0          // +1 for each sharp move of hers, -1 for each that calms; 2+ = the fight
VAR teri_soothing = 0      // +1 each time she takes up the old job of managing his feelings
VAR teri_last = ""         // Teri's last move
VAR teri_misfired = false  // her soft opening was heard as a charge
VAR teri_took_tickets = false // she took the tickets to keep the peace ("maybe")
VAR teri_lied = false      // she invented an errand, or said there was nobody
VAR teri_denied_owen = false // she said there was nobody else
VAR teri_walked_off = false // she walked off from the break and waited for the van to go
VAR teri_offered_stand = false // she offered to say where she stands after the break
VAR teri_phone_offered = false // he offered to take her off his phone plan
VAR teri_told_owen = false // she has told him about Owen
VAR teri_stand_misheard = false // he heard where she stands as a verdict on him
VAR teri_future_said = false // she has said she is 32 and may want a family
VAR teri_dale_cold = false // Dale went cold on this path (the pursuer giving up)
VAR teri_reached = false   // she reached after him when he went cold: her touch of pursuing
VAR teri_he_booked = false // Dale has said he will see someone for himself
VAR teri_he_bargained = false // Dale offered a baby as a bargain
VAR teri_who_left = ""     // the first break: teri (she walks to the park) | dale (he went to the van)
VAR teri_texted = false    // Dale texted into the break
VAR teri_answered = ""     // how she met his text: sharp | kind | ""
VAR teri_door = ""         // how the fight ended: out | silent | break
VAR teri_taught_twenty = false
VAR teri_taught_misread = false
VAR teri_taught_switch = false
VAR teri_taught_therapist = false
VAR teri_taught_clarity = false
VAR teri_taught_heard = false

=== teri_start ===
Saturday, the first week of October. Teri has the radio on and newspaper spread over the floor of the bay window, and she is repotting the monstera, which has been asking for it since August.
Eight months in this flat. It is small, and it leans, and the boiler sulks, and it is hers. She has been happier here than she was in six years at Birch Lane, and she still feels guilty saying so, even to herself.
On her phone: Morning x, from Dale, at 7.12. Are you in today? at 9.40. She hasn't answered either. And from Owen, from the Thursday class, a photo of a glaze test that came out the colour of a bruise, with: your fault, you said try the copper. She has read that one three times. It's confusing.
Nina is picking her up at one for the cinema. Until then the morning is hers.
At eleven the doorbell goes.
-> teri_doorstep

=== teri_doorstep ===
It's Dale, on the step, with something wrapped in a dust sheet. He pulls the sheet off. It's her green bike, the one she left in the shed at Birch Lane, and it has new tyres.
Surprise. I took it to Rafferty's. New chain, new tyres, and the brakes don't squeal any more. #speaker:dale #move:dale.bid
{
- received("teri") == "misread":
    Teri hears, under it: look what I did. Now what will you do for me? She knows that's the last eight months talking, nearly.
}
He looks so pleased. He also looks like he hasn't slept.
* [I'm just on my way out, actually. Nina's waiting. Can you leave it by the meters? #move:dismiss]
    ~ teri_opening = "errand"
    ~ teri_last = "dismiss"
    ~ teri_lied = true
    I'm just on my way out, actually. Nina's waiting. Can you leave it by the meters? #speaker:teri
    An invented errand: kinder-sounding than a no, and it teaches him that her space has to be snuck, not asked for. Asking directly for space, with a time, is harder and clearer (Lancer). #coach
* [Dale, that's kind. I feel cornered when you turn up without texting, though. I'd like you to ask first. #move:soft_startup]
    ~ teri_opening = "soft"
    ~ teri_last = "soft_startup"
    Dale, that's kind, it really is. I feel a bit cornered when you turn up without texting, though. I'd like you to ask first, next time. #speaker:teri
    A soft start-up: one moment, her feeling, one request he can meet. It is firm and kind at once, and it may still land on a bruise. #coach
* [Oh, Dale. You didn't have to. Thank you. Come up, I'll make tea. #move:appreciate]
    ~ teri_opening = "peace"
    ~ teri_last = "appreciate"
    ~ teri_soothing += 1
    Oh, Dale. You didn't have to. Thank you. Come up, I'll make tea. #speaker:teri
    Appreciation is real here: he did a kind thing. Notice what it also does. The no she felt on the step has been swallowed, and it will come out later, bigger. #coach
* [You can't just turn up, Dale. We agreed: text first. #move:criticize]
    ~ teri_opening = "sharp"
    ~ teri_last = "criticize"
    ~ teri_heat += 1
    You can't just turn up, Dale. We agreed. Text first. #speaker:teri
    True, and a charge: the agreement becomes a rule he broke, and the bike disappears behind it. #coach
- (dale_answers)
{
- received("dale") == "misread":
    ~ teri_misfired = true
    ~ teri_taught_misread = true
    Dale's face falls, all at once.
    {
    - teri_opening == "soft":
        Cornered. By a bike. Right. I'll ask permission next time, shall I? #speaker:dale #move:dale.defend
    - else:
        Tea. Right. Ten minutes of tea, and then I'm out of your hair. #speaker:dale #move:dale.defend
    }
    She said it kindly, and he heard the door closing. With trust worn thin, a gentle sentence lands on an old fear (Weiss: sentiment override). It is not a failure of her words; what she does next counts for more. #coach
- teri_opening == "sharp":
    I spent my whole Saturday on it. You could look a bit pleased. #speaker:dale #move:dale.criticize
- teri_opening == "errand":
    Dale looks at the soil on her cuffs.
    On your way out. In your gardening jumper. #speaker:dale #move:dale.criticize
- teri_opening == "soft":
    He looks at his feet.
    Yeah. Sorry. I was going to text, and then I was outside. #speaker:dale #move:dale.own_part
- else:
    He beams.
    I knew you'd be pleased. #speaker:dale #move:dale.bid
}
-> teri_the_tickets

=== teri_the_tickets ===
{
- flooded("dale") || state_of("dale") == "escalated":
    Dale pulls something out of his jacket anyway, as if it might fix the last minute.
- else:
    Dale pulls something out of his jacket, a little shy.
}
{
- stance_of("dale") == "attacking" || flooded("dale"):
    And I got these. Two tickets for the Wilder Hours, the nineteenth. Though I don't know why I bother. #speaker:dale #move:dale.criticize
- else:
    And I got us these. Two tickets for the Wilder Hours, the nineteenth. Like our second date. #speaker:dale #move:dale.ask_closeness
}
The Wilder Hours. She loved them; he bought the first album for her the week they met. He knows exactly what he is doing, and she isn't sure he does.
<- teri_break_offer
* [Maybe. Let me think about it. She puts them in her jumper pocket. #move:dismiss]
    ~ teri_last = "dismiss"
    ~ teri_took_tickets = true
    ~ teri_soothing += 1
    Maybe. Let me think about it. #speaker:teri
    She puts them in the pocket of her jumper, next to her phone.
    A maybe to keep the peace. It spares the doorstep; it also keeps him hoping, and hope on a drip is not kindness (clarity over ambiguity). #coach
* [I can't take those. I'd love to see them, but not as a date. Not now. #move:ask_space]
    ~ teri_last = "ask_space"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    I can't take those, Dale. I'd love to see them. But not as a date, not now. #speaker:teri
    Saying no to the present and yes to the feeling: clear about where she stands, without contempt for why he asked. #coach
* [This is what you do. Presents, so I can't say no. #move:criticize]
    ~ teri_last = "criticize"
    ~ teri_heat += 1
    This is what you do, Dale. Presents, so I can't say no. #speaker:teri
    She has named the pattern, and named it as a charge: true, and it makes him the defendant. #coach
* {teri_misfired} [Wait. That came out wrong. I'm glad you did the bike. I just need to be asked. #move:repair]
    ~ teri_last = "repair"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    Wait. That came out wrong, or it landed wrong. I'm glad you did the bike. I just need to be asked. #speaker:teri
    Naming the misfire without blaming anyone for it: a repair aimed at the moment. #coach
- (dale_answers)
{
- flooded("dale"):
    Dale shoves the tickets back into his jacket. He doesn't look at her. #move:dale.withdraw
- received("dale") == "misread":
    {teri_last == "repair":Asked. Right. Everything has to be asked now.|Not now. It's always not now.} #speaker:dale #move:dale.criticize
    -> teri_misread_note ->
- teri_last == "criticize":
    So I can't say no? I'm the one who never gets a yes, Teri. #speaker:dale #move:dale.blame
- teri_last == "dismiss":
    Think about it. Yeah. That's great. That's all I'm asking. #speaker:dale #move:dale.bid
- state_of("dale") == "escalated" || state_of("dale") == "activated":
    Not now. Okay. Can I at least carry the bike up? #speaker:dale #move:dale.bid
- else:
    He puts them away, slowly.
    {teri_last == "ask_space":Okay. Not as a date. I hear you.|Okay. Asked. I can do asked.} Can I at least carry it up? #speaker:dale #move:dale.turn_toward
}
-> teri_upstairs

=== teri_upstairs ===
~ note_dale()
{
- teri_opening == "errand":
    She can't keep up the errand with soil on her cuffs. She lets him in.
}
{
- flooded("dale") || stance_of("dale") == "attacking":
    Dale carries the bike up before she can say anything, and leaves it in the hall, where it blocks the bathroom door. #move:dale.demand
- else:
    Dale carries the bike up without waiting for an answer, and props it in the hall, where it blocks the bathroom door. #move:dale.demand
}
He stands in her kitchen with his hands in his pockets and looks at everything: the plants, the radio, the green bowl on the windowsill, the flyer on the fridge for Thursday Evenings at the Kiln.
{
- stance_of("dale") == "attacking" || flooded("dale"):
    Since when do you do pottery? #speaker:dale #move:dale.criticize
- stance_of("dale") == "cold":
    He looks at the flyer for a long time and says nothing. #move:dale.withdraw
- else:
    You made that bowl? #speaker:dale #move:dale.bid
}
<- teri_break_offer
* [Since when do I need to tell you what I do on a Thursday? #move:defend]
    ~ teri_last = "defend"
    ~ teri_heat += 1
    Since when do I need to tell you what I do on a Thursday? #speaker:teri
    Defending her evenings as if they were on trial. She doesn't owe him an account; she doesn't have to answer as if she did. #coach
* [She changes the subject. Tea? I've only got the green stuff. #move:dismiss]
    ~ teri_last = "dismiss"
    Tea? I've only got the green stuff. You'll hate it. #speaker:teri
    Deflecting to keep Thursdays safe. It works, for now, and it leaves Thursdays as a secret he can feel. #coach
* [Since March. It's meant to be round. I like who I am on Thursdays. #move:share_vulnerable]
    ~ teri_last = "share_vulnerable"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    Since March. It's meant to be round. I like who I am on Thursdays. #speaker:teri
    Letting him see the life she has now, plainly, without apologising for it or rubbing it in. #coach
- (dale_answers)
{
- flooded("dale"):
    Dale doesn't answer. He stares at the flyer. #move:dale.withdraw
- received("dale") == "misread":
    Who you are on Thursdays. As opposed to who you were with me. #speaker:dale #move:dale.blame
    -> teri_misread_note ->
- teri_last == "defend":
    I'm not asking for an account. I'm asking because I don't know anything about your life any more. #speaker:dale #move:dale.criticize
- teri_last == "dismiss":
    I'll have the green stuff. #speaker:dale #move:dale.bid
    He sits down at her table as if he still lives there.
- else:
    He looks at the bowl a long time.
    It's good. It looks like you. #speaker:dale #move:dale.appreciate
}
-> teri_the_list

=== teri_the_list ===
~ note_dale()
She puts the kettle on. Dale turns his car keys over and over in his hands.
{
- flooded("dale") || stance_of("dale") == "attacking" || state_of("dale") == "escalated" || teri_heat >= 1:
    You know what I did this week? I fixed your bike. I paid your phone, like every month. I moved every box in this flat, Teri. I did your car in August. I do everything for you, and I get {teri_opening == "sharp":"text first"|{teri_opening == "soft":"ask first"|{teri_opening == "errand":"leave it by the meters"|"you didn't have to"}}}. I think I deserve more than that. #speaker:dale #move:dale.blame
- teri_soothing >= 1:
    I did the bike, I'll do your car again next month, whatever you need. I do everything for you, Teri. I just want to know it's going somewhere. #speaker:dale #move:dale.demand
- else:
    I keep turning up with things. I know I do. I fixed the bike, I pay your phone, I'd do your car again tomorrow. I do everything I can think of, Teri, and I still don't know where I stand. #speaker:dale #move:dale.demand
}
There it is: the list. I do everything for you, so I deserve more. She has heard it so often she could say it with him.
{
- not teri_taught_switch:
    ~ teri_taught_switch = true
    The roles have switched. For six years she pursued and he went quiet; she wore out, went cold and left, and now he pursues with the only tools he knows (Lerner: each role provokes the other). Guilt and keeping score are pursuit, not connection. #coach
}
<- teri_break_offer
* [You sound exhausted. Are you sleeping? Sit down, tell me what's going on. #move:validate]
    ~ teri_last = "validate"
    ~ teri_soothing += 1
    You sound exhausted. Are you sleeping? Sit down. Tell me what's going on. #speaker:teri
    {
    - not teri_taught_therapist:
        ~ teri_taught_therapist = true
        Her big heart, and the old job: she sees his pain, and she picks it up. The list is left standing, and she is his therapist again, the thing she has said she doesn't want to be. #coach
    }
    -> teri_his_nights
* [I tried to give the phone back in March. You wouldn't let me. I never asked for the car. #move:defend]
    ~ teri_last = "defend"
    ~ teri_heat += 1
    I tried to give you the phone back in March. You wouldn't let me. I never asked you to do the car. #speaker:teri
    Answering the list item by item keeps the list as the subject: every item true, and every answer makes it longer. #coach
* [When the list comes out, I feel invoiced. I'd like the presents to stop, so nobody owes anybody. #move:soft_startup]
    ~ teri_last = "soft_startup"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    Dale. When the list comes out, I feel like I'm being invoiced. I'd like the presents to stop, so nobody owes anybody anything. #speaker:teri
    Calling it out, not in a mean way but firm: the pattern named as her experience, and a request he can meet. #coach
* [You did all that so I'd owe you. That's not love, Dale. That's a tab. #move:contempt]
    ~ teri_last = "contempt"
    ~ teri_heat += 2
    You did all that so I'd owe you. That's not love, Dale. That's a tab. #speaker:teri
    The truth, with a sneer on it. Putting yourself first doesn't need contempt, and contempt will be what he hears, not the truth. #coach
- (dale_answers)
-> teri_using_me

=== teri_using_me ===
~ note_dale()
{
- flooded("dale"):
    Dale's face goes blotchy and hard.
    You're the one using me. Free mechanic, free phone, dinner on Wednesdays, while you work on yourself. #speaker:dale #move:dale.blame
- received("dale") == "misread":
    Invoiced. So I'm the bad guy for caring. #speaker:dale #move:dale.defend
    -> teri_misread_note ->
- teri_last == "contempt" || stance_of("dale") == "attacking":
    A tab. Right. You're the one using me, Teri. Free mechanic, free phone, Wednesday dinners, while you find yourself. #speaker:dale #move:dale.blame
- teri_last == "defend" || state_of("dale") == "escalated":
    I wouldn't let you because I wanted to do something for you. That's a crime now? You just want me to be the bad guy. #speaker:dale #move:dale.defend
- else:
    Dale stops turning the keys.
    I don't know how else to do it. If I stop doing things, what have I got? #speaker:dale #move:dale.share_vulnerable
}
{
- state_of("teri") == "flooded":
    Her heart is going so hard she can feel it in her throat. #body:teri.flooded
- state_of("teri") == "escalated":
    Her face is hot, and her pulse is up. #body:teri.hot
- state_of("teri") == "activated":
    She can feel her jaw tightening. #body:teri.stirred
}
<- teri_break_offer
* [Using you? Six years I did the bills, I asked for one evening a week, and you decided everything. #move:blame]
    ~ teri_last = "blame"
    ~ teri_heat += 1
    Using you? Six years I did the bills, I booked every holiday you decided on, I asked you for one evening a week, and you decided everything. The house, the car, where we went. #speaker:teri
    All of it true, and all of it a counter-charge: now there are two lists, and the fight is about whose is longer. #coach
* {stance_of("dale") != "attacking" && not flooded("dale")} [If you stop doing things, you've still got you. That's the bit I'd like to know. #move:turn_toward]
    ~ teri_last = "turn_toward"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    If you stop doing things, you've still got you. That's the bit I'd actually like to know. #speaker:teri
    Turning toward the fear under the list, without taking on the job of fixing it. #coach
* [I can see how much it hurts to feel used. I'm not using you, Dale. I've asked you to stop. #move:validate]
    ~ teri_last = "validate"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    I can see how much it hurts, to feel used. I'm not using you, Dale. I've asked you to stop. I'm not the bad guy, and you're not either. #speaker:teri
    Firm and understanding in one breath: his hurt is real, and his story about her is wrong, and she can say both. #coach
* [I'm getting too angry to say this well. I need twenty minutes. I'll go round the park and come back. #move:take_break=20]
    I'm getting too angry to say this well. I need twenty minutes. I'm going to walk round the park, and then I'll come back. #speaker:teri
    {
    - flooded("teri") || flooded("dale"):
        Someone is already over the flooding line: this is the break the afternoon needs, and it has a time to come back. That is a break, not an exit. #coach
    - else:
        A break called before anyone is over the line, with a time to come back: a break, not an exit. #coach
    }
    -> teri_call_break
- (dale_answers)
{
- teri_heat >= 2 || flooded("dale"):
    -> teri_the_fight
}
{
- received("dale") == "misread":
    Not the bad guy. You just left. #speaker:dale #move:dale.criticize
    -> teri_misread_note ->
- state_of("dale") == "escalated" || stance_of("dale") == "attacking":
    You asked me to stop like it was easy. #speaker:dale #move:dale.defend
- else:
    Dale looks at his hands.
    Okay. I hear you. I don't like it, but I hear you. #speaker:dale #move:dale.turn_toward
}
-> teri_where_she_stands

// ---------------------------------------------------------------------------------------------
// A break, whenever Teri is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== teri_break_offer ===
+ {flooded("teri")} [I'm too worked up to say this right. I need twenty minutes on my own, and then I'll come back. #move:take_break=20]
    ~ teri_last = "take_break"
    I'm too worked up to say this right. I need twenty minutes on my own. I'll be back in twenty minutes. #speaker:teri
    Teri is past the flooding line herself: words come out sharper than she means, and the kind ones are hard to reach. Calling the break on herself, with a time to come back, is the skill. #coach
    -> teri_call_break

=== teri_call_break ===
~ teri_last = "take_break"
{
- teri_twenty_minutes == 0:
    ~ teri_who_left = "teri"
    -> teri_twenty_minutes
}
-> teri_last_break

=== teri_misread_note ===
{
- not teri_taught_misread:
    ~ teri_taught_misread = true
    She meant it, and he heard a verdict: with trust worn thin, a clear, kind sentence can land as the door closing (Weiss: sentiment override). That is not her failure. Staying clear, and kind, is how it changes. #coach
}
->->

=== function note_dale() ===
{
- stance_of("dale") == "cold":
    ~ teri_dale_cold = true
}

// Teri hears something of his as one more lever: her own sentiment override, coached once a path.
=== teri_heard_wrong(said) ===
Teri hears "{said}" as one more lever, and has to remind herself what he actually said.
{
- state_of("teri") != "calm":
    Her face goes hot before she can stop it. #body:teri.stirred
}
{
- not teri_taught_heard:
    ~ teri_taught_heard = true
    That one was her misfire, not his. After eight months of presents, even a plain sentence of his can sound like a move in a game (Weiss: sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The therapist: she picks up his feelings, and the afternoon goes to them
// ---------------------------------------------------------------------------------------------

=== teri_his_nights ===
{
- flooded("dale"):
    Dale shakes his head, hard, and then it comes out anyway, too fast. #move:dale.demand
    I don't sleep. I walk round that house at three in the morning. You'd know that, if you answered my texts. #speaker:dale #move:dale.blame
- received("dale") == "misread":
    Don't do the counsellor voice. #speaker:dale #move:dale.defend
    Then he sits, and tells her anyway. #move:dale.withdraw
- else:
    He sits down as if his strings have been cut.
    I don't sleep. I walk round that house at three in the morning. I talk to the radio. I don't know who I am in there without you. #speaker:dale #move:dale.share_vulnerable
}
She listens the way she always listened, head on one side. She asks the right questions; she always knew the right questions. The tea goes cold, and the morning goes. #time:90
{
- not flooded("dale"):
    You're the only one who gets it, Teri. #speaker:dale #move:dale.bid
}
It is nearly one when her phone buzzes on the table: Nina, downstairs, the engine running.
<- teri_break_offer
* [She texts Nina: Go without me, sorry. Dale needs me. #move:turn_toward]
    ~ teri_last = "turn_toward"
    ~ teri_soothing += 1
    She texts Nina. Go without me, sorry. Dale's not great. I'll explain.
    Nina's answer comes back before she has put the phone down: again??
    Choosing his bad night over her Saturday, again. Kindness, and the old arrangement signed once more: his feelings, her job. #coach
    -> teri_end_therapist
* [I'm going to go, Dale. I think you need to talk to someone who isn't me. I'd help you find someone. #move:ask_space]
    ~ teri_last = "ask_space"
    I'm going to go, Dale. I care about you. But I think you need to talk to someone who isn't me. I'd help you find someone, if you want. #speaker:teri
    Handing the job back without handing him back: she cares, and she isn't his therapist. Putting yourself first, without contempt. #coach
    -> teri_hands_back
* [You're not the only one who's struggled, you know. I had six years of this. #move:blame]
    ~ teri_last = "blame"
    ~ teri_heat += 1
    You're not the only one who's struggled, you know. I had six years of lying awake at Birch Lane. #speaker:teri
    Resentment from the helper's chair: true, and it comes out as a charge because she has been doing the job she didn't want. #coach
    -> teri_the_fight

= teri_hands_back
{
- flooded("dale"):
    Dale stares at the table. #move:dale.withdraw
- received("dale") == "misread":
    Right. Pass me on to a professional. #speaker:dale #move:dale.defend
    -> teri_misread_note ->
- state_of("dale") == "escalated":
    Someone who isn't you. Yeah. Okay. #speaker:dale #move:dale.withdraw
- else:
    ~ teri_he_booked = true
    He lets out a breath.
    I'd been thinking about it. I'll book someone. For me. Go on, Nina's waiting. #speaker:dale #move:dale.turn_toward
}
She texts Nina: ten minutes. Nina sends back a thumbs-up and a cinema emoji.
-> teri_terms

=== teri_end_therapist ===
{
- flooded("dale"):
    Dale doesn't thank her. He talks until he runs down, flat and fast. #move:dale.withdraw
- else:
    Thank you. I knew you'd get it. You always get it. #speaker:dale #move:dale.appreciate
}
He stays all afternoon. She makes him beans on toast, the way she did when he had flu. She hears about the house, the job, his mother's sixtieth. He doesn't ask about Thursdays, or her, and she doesn't say. #time:150
At the door he hugs her, and for a moment it feels like it used to. Then it feels like it used to.
<- teri_break_offer
* [She texts Nina: Sorry. Next Saturday? #move:repair]
    ~ teri_last = "repair"
    She texts Nina. Sorry. Next Saturday? I'll buy the popcorn.
    Repairing with the friend she let down: it matters, and it is also a sign of who paid for the afternoon. #coach
* [She sits on the kitchen floor with the monstera and doesn't text anybody. #move:self_soothe]
    ~ teri_last = "self_soothe"
    She sits on the kitchen floor with the monstera, half repotted, and puts her hands in the cold soil, and doesn't text anybody.
    Coming back to herself. She can't undo the afternoon, but she can notice what it cost. #coach
- (ending)
The tickets are still in {teri_took_tickets:her jumper pocket|his jacket}. She spent her Saturday on his feelings; nothing was said about hers, or about where they stand. The guilt worked, and she let it, because she cares about him. That is the trouble with it. #ending:his_therapist
-> END

// ---------------------------------------------------------------------------------------------
// The firm track: where she stands, Owen, the future, the terms
// ---------------------------------------------------------------------------------------------

=== teri_where_she_stands ===
~ note_dale()
{
- flooded("dale") && teri_the_fight == 0:
    -> teri_the_fight
}
{
- flooded("dale"):
    Dale doesn't look up.
    Just tell me where I stand. #speaker:dale #move:dale.demand
- stance_of("dale") == "cold":
    ~ teri_dale_cold = true
    Dale shrugs, and looks at the window.
    I'll stop bothering you, then. You've obviously got your life sorted. #speaker:dale #move:dale.withdraw
- stance_of("dale") == "attacking" || state_of("dale") == "escalated":
    Is there someone else? Just tell me. #speaker:dale #move:dale.demand
- teri_offered_stand:
    Dale waits, his hands round the cold mug. He doesn't ask; he said tell me, and he means it.
- else:
    Can I ask you straight? Where do I stand? I'd rather know than keep guessing. And is there someone else? #speaker:dale #move:dale.soft_startup
}
{
- received("teri") == "misread" && not teri_dale_cold && not teri_offered_stand:
    -> teri_heard_wrong("I'd rather know") ->
}
- (ask)
The honest answer is two answers. Where she stands, which she has been saying for eight months in softer words. And Owen, which she hasn't said to anyone but Nina.
<- teri_break_offer
* {teri_dale_cold && not teri_reached} [Dale, don't do that. Don't go quiet on me. Ask me properly. #move:bid]
    ~ teri_last = "bid"
    ~ teri_reached = true
    Dale, don't do that. Don't go quiet on me. Ask me properly, and I'll answer properly. #speaker:teri
    Her touch of pursuing: when he goes cold, she reaches. The roles keep switching because each move calls up the other's (Lerner). Reaching to make the silence stop is different from coming back. #coach
    {
    - flooded("dale"):
        Dale shakes his head. #move:dale.withdraw
    - else:
        Dale looks at her for a long moment.
        Okay. Where do I stand? And is there someone else? #speaker:dale #move:dale.soft_startup
    }
    -> ask
* [I'm happier on my own than I've been in years. I'm not ready to be back together. And there's someone I like. Nothing's happened. #move:share_vulnerable]
    ~ teri_last = "share_vulnerable"
    ~ teri_told_owen = true
    Straight, then. I'm happier on my own than I've been in years. Not because of you; because of me. I'm not ready to be back together, and I don't know if I will be. And there's someone I like. Owen, from Thursdays. Nothing has happened. I'm not going to let you hear it from someone else. #speaker:teri
    The whole truth, kindly told. It costs him, and it costs her; it is also the only answer that doesn't keep him hoping on false terms. Honest was the deal she made with herself when she left. #coach
* [I'm happier on my own. I'm not ready, and I don't know if I will be. She leaves Owen out. #move:own_part]
    ~ teri_last = "own_part"
    I'm happier on my own than I've been in years. Not because of you; because of me. I'm not ready to be back together, and I don't know if I will be. #speaker:teri
    She leaves Owen out. Nothing has happened; she doesn't know yet what he is.
    Clear about where she stands, and private about what she hasn't decided. Whether to tell is a real dilemma of honesty and kindness; clarity about the relationship is the part he needs. #coach
* [We're working on things. Let's just see how it goes. There's nobody else. #move:dismiss]
    ~ teri_last = "dismiss"
    ~ teri_lied = true
    ~ teri_denied_owen = true
    We're working on things. Let's just see how it goes. And there's nobody else, Dale. #speaker:teri
    {
    - not teri_taught_clarity:
        ~ teri_taught_clarity = true
        Ambiguity, and a small lie, to spare him. It buys a quiet afternoon and costs him months of hoping. Clarity is kinder than keeping someone in maybe. #coach
    }
- (dale_answers)
-> teri_he_hears

=== teri_he_hears ===
~ note_dale()
{
- flooded("dale") && teri_told_owen:
    Pottery. Of course. I fix your bike so you can ride it to Thursdays. #speaker:dale #move:dale.contempt
- flooded("dale"):
    Dale stares at the table and doesn't answer. #move:dale.withdraw
- received("dale") == "misread":
    ~ teri_stand_misheard = true
    {teri_last == "dismiss":Let's see. That's what you said in February.|Not because of me. Right. It's never because of me.} #speaker:dale #move:dale.defend
    -> teri_misread_note ->
- teri_told_owen && (stance_of("dale") == "attacking" || state_of("dale") == "escalated"):
    Dale laughs, not kindly.
    Owen. From pottery. So what have I been doing all this for? #speaker:dale #move:dale.blame
- teri_told_owen:
    Dale is quiet for a long time.
    That hurts. I'm glad you told me, though. I'd rather know than guess. #speaker:dale #move:dale.share_vulnerable
- teri_last == "dismiss":
    He lets out a breath like a man let off.
    Okay. Okay. Working on things. That's good. We'll see how it goes. #speaker:dale #move:dale.bid
- else:
    He nods slowly.
    Happier. I can see it, actually. You laugh more. #speaker:dale #move:dale.validate
}
{
- received("teri") == "misread" && not flooded("dale") && (teri_told_owen || teri_last == "own_part"):
    -> teri_heard_wrong("I can see it") ->
}
<- teri_break_offer
* {teri_told_owen} [Come here. It's nothing, honestly. Nothing's happened. Forget I said it. #move:repair]
    ~ teri_last = "repair"
    ~ teri_soothing += 1
    Come here. It's nothing, honestly. Nothing's happened. Forget I said it. #speaker:teri
    Un-saying the truth to soothe him: the old job again, and the clarity she just gave him taken back. #coach
* {teri_told_owen} [I'm sorry it hurts. I'm not going to take it back, or make it smaller than it is. #move:validate]
    ~ teri_last = "validate"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    I'm sorry it hurts. I'm not going to take it back, or make it smaller than it is. #speaker:teri
    Staying with what she said, and with his hurt, without rushing to fix either. She can see his pain without carrying it for him. #coach
* {teri_last == "dismiss"} [Take it back. That wasn't true, Dale. There is someone. Owen, from Thursdays. Nothing's happened. #move:own_part]
    ~ teri_last = "own_part"
    ~ teri_told_owen = true
    ~ teri_denied_owen = false
    ~ teri_heat = MAX(teri_heat - 1, 0)
    That wasn't true, what I just said. There is someone I like. Owen, from Thursdays. Nothing has happened. I'm sorry; I didn't want you to hear it from someone else, and then I nearly made sure you would. #speaker:teri
    Putting the small lie right before it sets: it costs her the quiet afternoon she just bought, and it keeps the deal she made with herself when she left, to be honest with him. #coach
    {
    - flooded("dale"):
        Dale stares at the table. #move:dale.withdraw
    - received("dale") == "misread" || stance_of("dale") == "attacking":
        So what have I been doing all this for? #speaker:dale #move:dale.blame
    - else:
        Dale is quiet for a long time.
        That hurts. I'm glad you told me, though. I'd rather know than guess. #speaker:dale #move:dale.share_vulnerable
    }
* {teri_last == "dismiss"} [Let it stand. She gets up and puts the kettle on again. #move:dismiss]
    ~ teri_last = "dismiss"
    She gets up and puts the kettle on again, and lets "nobody else" stand in the kitchen with them.
    Letting the maybe and the small lie stand keeps the afternoon quiet, and it makes the truth harder to tell next week. #coach
* {teri_last != "dismiss"} [Don't sneer at my life, Dale. Not today. #move:criticize]
    ~ teri_last = "criticize"
    ~ teri_heat += 1
    Don't sneer at my life, Dale. Not today. #speaker:teri
    {
    - teri_told_owen:
        Defending Thursdays against a sneer is fair, and it turns his hurt into a fight about her. #coach
    - else:
        Hearing a sneer that may not be there: after eight months of levers, she is braced. It turns the moment into a fight. #coach
    }
* {not teri_told_owen && teri_stand_misheard && teri_last != "dismiss"} [It isn't a verdict on you, Dale. It's about me. I mean that kindly. #move:repair]
    ~ teri_last = "clarify"
    It isn't a verdict on you, Dale. It's about me. I mean that kindly. #speaker:teri
    Not arguing with how he heard it, and not taking it back: saying again, more slowly, what she meant. #coach
* {not teri_told_owen && not teri_stand_misheard && teri_last != "dismiss"} [Thank you for hearing it. I know it isn't what you drove over for. #move:appreciate]
    ~ teri_last = "appreciate"
    ~ teri_heat = MAX(teri_heat - 1, 0)
    Thank you for hearing it. I know it isn't what you drove over for. #speaker:teri
    Appreciating him for taking in a hard answer: it makes the next hard thing easier to hear. #coach
- (dale_answers)
{
- teri_heat >= 2 || (flooded("dale") && teri_last == "criticize"):
    -> teri_the_fight
}
{
- teri_last == "repair" && not flooded("dale"):
    Dale sits down. He looks suddenly exhausted.
    I haven't been sleeping, Teri. #speaker:dale #move:dale.bid
    -> teri_his_nights
}
-> teri_the_future

=== teri_the_future ===
~ note_dale()
{
- flooded("dale"):
    Dale is looking at the door. She knows the look: it was hers, for a year.
- else:
    There is one more thing, and it is the one she has been most afraid to say, because it is about her and not about him.
}
<- teri_break_offer
* [She says nothing about it. Another time. #move:withdraw]
    ~ teri_last = "withdraw"
    She lets the thought go past. Another time.
    Keeping her future to herself keeps the afternoon calm and leaves the biggest reason unsaid; he will go on hoping inside a maybe she knows the size of. #coach
* [I'm thirty-two. I might want a family one day. I can't spend years in maybe, and I can't be your therapist. #move:share_vulnerable]
    ~ teri_last = "share_vulnerable"
    ~ teri_future_said = true
    I'm thirty-two, Dale. I might want a family one day; I don't know yet. I can't spend years in maybe with you. And I can't keep being the one who talks you through every bad night. I don't want to be your therapist. I want to be a person. #speaker:teri
    Putting herself first, out loud and without contempt: her future is hers to say, and saying it is what ends the limbo, whichever way it goes. #coach
* [You had six years to want a family. You kept saying not yet. #move:blame]
    ~ teri_last = "blame"
    ~ teri_heat += 1
    ~ teri_future_said = true
    You had six years to want a family, Dale. You kept saying not yet. #speaker:teri
    The old hurt, and a real one; as a charge, it invites him to bargain with the thing she wanted. #coach
- (dale_answers)
{
- teri_last == "withdraw":
    {
    - flooded("dale"):
        Dale says nothing. #move:dale.withdraw
    - else:
        So. We keep working on things? #speaker:dale #move:dale.bid
    }
- flooded("dale"):
    Then what have I been doing all this for? #speaker:dale #move:dale.blame
- received("dale") == "misread":
    Not your therapist. So that's what I am to you. A patient. #speaker:dale #move:dale.defend
    -> teri_misread_note ->
- state_of("dale") == "escalated" || stance_of("dale") == "attacking" || teri_last == "blame":
    ~ teri_he_bargained = true
    We could have a baby, then. I'm ready now. I was wrong to keep saying not yet. #speaker:dale #move:dale.ask_closeness
- else:
    ~ teri_he_booked = true
    Dale nods slowly.
    I've booked someone. A counsellor, for me. Tuesday. I don't want you to be my therapist either. #speaker:dale #move:dale.own_part
}
{
- teri_he_bargained:
    A baby, offered like the bike: the biggest present he could think of, held out so she'll come back. He means it. That is what makes it hard.
}
{
- teri_heat >= 2:
    -> teri_the_fight
}
-> teri_terms

=== teri_terms ===
~ note_dale()
{
- flooded("dale"):
    Dale has his jacket on. He hasn't moved toward the door.
- teri_he_bargained:
    He is waiting for an answer to the baby, and to everything.
- teri_last == "withdraw":
    He is still waiting for an answer to that.
- teri_he_booked:
    So where does that leave us? I'm not asking for a trick answer. I just want to know. #speaker:dale #move:dale.soft_startup
- else:
    So where does that leave us? #speaker:dale #move:dale.bid
}
{
- received("teri") == "misread" && teri_he_booked && not flooded("dale"):
    -> teri_heard_wrong("I just want to know") ->
}
The tickets are still in {teri_took_tickets:her pocket|his jacket}. {teri_his_nights > 0:Nina is waiting downstairs.|Nina is due at one.}
<- teri_break_offer
* [Let's just keep working on things. We don't have to decide anything today. #move:dismiss]
    ~ teri_last = "dismiss"
    Let's just keep working on things. We don't have to decide anything today. #speaker:teri
    {
    - not teri_taught_clarity:
        ~ teri_taught_clarity = true
        The kind-sounding maybe. It spares them both the afternoon and keeps the limbo that wears them both down: clarity is kinder than a maybe that runs for years. #coach
    - else:
        The maybe again: gentle for an afternoon, and hard for a year. #coach
    }
    -> teri_end_limbo
* [Not yet. Separate flats, no presents, no list. Wednesdays, if you want them. And I'll tell you, whichever way, when I know. #move:ask_space]
    ~ teri_last = "ask_space"
    Not yet. We keep separate flats. No more presents, and no more list. Wednesdays, if you want them. And when I know, I'll tell you, whichever way it goes. {teri_took_tickets:And take these back. Take someone who'll love them.} #speaker:teri
    An honest not-yet, with terms and a time: asking directly for space, and for what each can count on (Lancer). It keeps the door open without keeping him hoping on false terms. #coach
    -> teri_end_not_yet
* [I don't think I'm coming back, Dale. I've been saying "working on things" so I didn't have to be the one to end it. #move:own_part]
    ~ teri_last = "own_part"
    I don't think I'm coming back, Dale. I've been saying "working on things" so that I didn't have to be the one to end it. That wasn't fair on you. I'm sorry. #speaker:teri
    If this is what she knows, saying it is kinder than the maybe; if not, "not yet, on terms" is the honest answer. Said kindly and as her own, it lets both of them stop waiting. #coach
    -> teri_end_plainly
* {teri_he_bargained} [A baby isn't a present, Dale. I don't want one so that I'll come back. #move:validate]
    ~ teri_last = "validate"
    A baby isn't a present, Dale. I know you mean it. But I don't want a family so that I'll come back, and you don't want one so that I'll stay. #speaker:teri
    ~ teri_he_bargained = false
    Naming the bargain as a bargain, firmly and understandingly: his offer is real and it is pressure, and she can see both. #coach
    {
    - flooded("dale"):
        Dale sits back down, heavily. #move:dale.withdraw
    - received("dale") == "misread":
        So I can't even get that right. #speaker:dale #move:dale.defend
        -> teri_misread_note ->
    - else:
        Dale looks at his hands for a long time.
        No. I suppose not. I just didn't know what else I had left to give. #speaker:dale #move:dale.share_vulnerable
    }
    -> teri_terms

=== teri_end_not_yet ===
{
- flooded("dale"):
    Dale nods at the floor. He can't say anything yet. #move:dale.withdraw
- received("dale") == "misread":
    No list. So everything I did was a list. #speaker:dale #move:dale.defend
    Teri waits. She doesn't explain it again. After a minute he nods.
- else:
    ~ teri_phone_offered = true
    Dale is quiet. Then he nods.
    Not yet. Okay. I can do no presents. I'll take you off the phone plan on Monday, if you want to pay your own bill. #speaker:dale #move:dale.turn_toward
}
<- teri_break_offer
* [{teri_phone_offered:Yes. I'd like to pay my own bill. Thank you.|And the phone, Dale. I'd like to pay my own bill. Thank you for everything else.} #move:appreciate]
    ~ teri_last = "appreciate"
    {teri_phone_offered:Yes. I'd like to pay my own bill. Thank you.|And the phone, Dale. Take me off your plan; I'd like to pay my own bill. And thank you, for the bike. I mean it.} #speaker:teri
    Saying yes to the thing he can actually give: her independence, handed back, not a present to owe him for. #coach
* [She doesn't hug him. She walks him to the top of the stairs. Wednesday. #move:ask_space]
    ~ teri_last = "ask_space"
    She walks him to the top of the stairs, and doesn't hug him, and says Wednesday.
    A boundary held at the door, kindly: a hug would have said more than she means today. #coach
- (ending)
{
- flooded("dale") || state_of("dale") == "escalated":
    He goes down the stairs slowly, and leaves the bike in her hall. #move:dale.withdraw
- else:
    Wednesday. Dale goes down the stairs, and carries the bike back down with him, and locks it to the pipe by the meters, where she wanted it. #speaker:dale #move:dale.turn_toward
}
{teri_his_nights > 0:Downstairs, Nina's horn goes.|At one Nina's horn goes in the street.} Teri doesn't know how it ends. {teri_denied_owen:She knows where she stands, and so does he, nearly: there is still "nobody else" to put right, and she knows she will have to.|She knows where she stands, and so does he, and nobody has to pretend.} #ending:not_yet
-> END

=== teri_end_plainly ===
{
- flooded("dale"):
    Dale stands up. He can't look at her. Then he sits down again.
    I knew. I think I knew in February. #speaker:dale #move:dale.withdraw
- received("dale") == "misread":
    So I'm the one who's dumped. After everything. #speaker:dale #move:dale.blame
    Teri doesn't argue with it. She waits.
- else:
    Dale is very still. Then he nods.
    Okay. Thank you for telling me straight. You were always better at that than me. #speaker:dale #move:dale.appreciate
}
{
- received("teri") == "misread" && not flooded("dale"):
    -> teri_heard_wrong("thank you for telling me") ->
}
<- teri_break_offer
* [She takes his hand across the table. I'll always be glad of most of those six years. #move:share_vulnerable]
    ~ teri_last = "share_vulnerable"
    She takes his hand across the table.
    I'll always be glad of most of those six years. I mean that. #speaker:teri
    A clear ending can still be warm. Putting herself first doesn't mean pretending she didn't love him. #coach
* [She doesn't comfort him. She sits with him, and lets it be sad. #move:self_soothe]
    ~ teri_last = "self_soothe"
    She doesn't comfort him, or take it back. She sits with him and lets it be sad, for both of them.
    Not rushing to soothe him is not coldness: his grief is his, and she can stay near it without taking it on. #coach
- (ending)
{
- flooded("dale"):
    After a while he gets up and puts his mug in the sink, the way she likes it. #move:dale.withdraw
- else:
    Dale gets up and puts his mug in the sink, the way she likes it.
    I'll take you off the phone on Monday. #speaker:dale #move:dale.own_part
}
{teri_took_tickets:She gives him back the tickets. He leaves them on the table anyway, by the green bowl.|He leaves the tickets on the table, by the green bowl.} {teri_his_nights > 0:Downstairs, Nina's horn goes.|At one Nina's horn goes.} It is the worst afternoon of the year, and the first honest one in a long time. The limbo is over; nobody has to keep hoping. #ending:said_plainly
-> END

=== teri_end_limbo ===
{
- flooded("dale"):
    Dale nods at the floor. #move:dale.withdraw
- teri_last == "criticize":
    Dale shrugs. Wednesday, then. #speaker:dale #move:dale.withdraw
- else:
    Okay. Yeah. We'll see. #speaker:dale #move:dale.bid
}
{
- teri_the_return > 0:
    He lets it go. He talks about his mother's sixtieth instead, as if she were coming.
- else:
    He relaxes so much it is hard to watch. He stays for the tea. He talks about his mother's sixtieth as if she were coming.
}
<- teri_break_offer
* [She says nothing about the sixtieth. #move:withdraw]
    ~ teri_last = "withdraw"
    She says nothing about the sixtieth. She watches the clock on the cooker.
    Silence that lets him assume. It is calm, and it is the limbo, and it wears on them both. #coach
* [She hears herself say she might come to the lunch. #move:turn_toward]
    ~ teri_last = "turn_toward"
    ~ teri_soothing += 1
    Maybe. I'll see. I'd like to see your mum. #speaker:teri
    A yes-shaped maybe to his mother, to spare him: the guilt is doing its work quietly now. #coach
- (ending)
{teri_the_return > 0:They say see you Wednesday, as if something has been decided.|{teri_his_nights > 0:Downstairs, Nina's horn goes.|At one Nina's horn goes.} Dale hugs her at the door and says see you Wednesday, as if something has been decided.} {teri_took_tickets:The tickets are in her pocket.|The tickets are still in his jacket.} Nothing has been settled; they are both a little worse at waiting than they were this morning. #ending:deadlock
-> END

// He goes cold at the door: nobody flooded, nothing settled, and no hug.
=== teri_end_cold ===
~ note_dale()
He goes down the stairs without looking back. The street door closes quietly, which is worse than a bang.
The bike is in her hall. The tickets are {teri_took_tickets:in her pocket|still in his jacket}.
<- teri_break_offer
* [She texts him: Text me when you're home. #move:bid]
    ~ teri_last = "bid"
    ~ teri_reached = true
    Text me when you're home. #speaker:teri
    {
    - flooded("dale") || stance_of("dale") == "cold":
        The message shows as read. Nothing comes back. #move:dale.withdraw
    - else:
        Home. #speaker:dale #move:dale.withdraw
    }
    Her touch of pursuing: when he goes cold, she reaches. It is kind, and it is the circle turning again, from the other side (Lerner). #coach
* [She leaves it. She goes back to the monstera. #move:withdraw]
    ~ teri_last = "withdraw"
    She leaves the phone face down and goes back to the monstera, and doesn't think about him for nearly a minute at a time.
    Withdraw meets withdraw: the quietest turn of the circle, and the one that lasts longest (Wile). #coach
- (ending)
On Wednesday he texts to say he has to work late. Nothing has been settled; the limbo goes on, a little colder, and both of them are a little worse at waiting. #ending:deadlock
-> END

// ---------------------------------------------------------------------------------------------
// The fight, and the bad guy
// ---------------------------------------------------------------------------------------------

=== teri_the_fight ===
~ note_dale()
~ temp dale_was = state_of("dale")
{
- dale_was == "flooded":
    Dale is on his feet. His face is red and blank at once, and he is breathing through his mouth. #body:dale.flooded
    You left. You're the one who left, and I'm the one who's meant to feel bad? #speaker:dale #move:dale.blame
    You used me, Teri. Eight months. You let me do everything and you used me. #speaker:dale #move:dale.contempt
- stance_of("dale") == "cold":
    ~ teri_dale_cold = true
    Dale stands up and picks up his keys, very calm.
    Forget it. I'll stop bothering you. #speaker:dale #move:dale.withdraw
- else:
    Dale stands up so fast the chair scrapes.
    You always make me the bad guy. I fix your bike, and I'm the bad guy. #speaker:dale #move:dale.blame
}
{
- state_of("teri") == "flooded":
    Teri's heart is pounding. Her hands are shaking, and she puts them flat on the table. #body:teri.flooded
- state_of("teri") == "escalated":
    Her pulse is in her ears. #body:teri.hot
}
{
- teri_last == "validate" || teri_last == "turn_toward":
    She said it well, and he was already over the line: a flooded body can't take in even a kind, firm sentence. This is the moment for a break, not a better sentence. #coach
}
<- teri_break_offer
* [You want the truth? You're doing it again. Poor Dale. Everybody owes Dale. #move:contempt]
    ~ teri_last = "contempt"
    ~ teri_heat += 1
    You want the truth? You're doing it again. Poor Dale. Everybody owes Dale. #speaker:teri
    Contempt, the sharpest of Gottman's horsemen. She has every reason to be angry; contempt turns the reason into a wound, and it floods him. #coach
    -> teri_the_door
* [Get out, Dale. Just go. #move:demand]
    ~ teri_last = "demand"
    ~ teri_heat += 1
    Get out, Dale. Just go. #speaker:teri
    An exit without a time to come back. It may be what she needs; it will feel to him like the door closing for good. #coach
    -> teri_the_door
* [Five minutes. Go downstairs, both of us breathe, and then we finish this. #move:take_break=5]
    ~ teri_last = "take_break"
    Five minutes. Go downstairs, we both breathe, and then we finish this. #speaker:teri
    -> teri_five_minutes
* [Stop. We're both too hot. Twenty minutes: you go to the van, I'll walk round the park. Then we try again. #move:take_break=20]
    Stop. We're both too hot for this. Twenty minutes: you go and sit in the van, I'll walk round the park. Then we try again, or we leave it for Wednesday. #speaker:teri
    -> teri_call_break

=== teri_five_minutes ===
Dale goes down the stairs. Teri stands at the sink and watches the clock on the cooker.
Five minutes. She hears the street door, and his feet on the stairs. #time:5
{
- flooded("dale"):
    Dale comes back in with the same face: red and blank.
- state_of("dale") == "calm":
    Dale comes back in and sits down. He looks a bit sheepish.
- else:
    Dale comes back in and stands by the door with his arms folded, waiting for round two.
}
{
- not teri_taught_twenty && (flooded("dale") || flooded("teri")):
    ~ teri_taught_twenty = true
    Five minutes don't bring a flooded body down. It takes about twenty (Gottman), spent on something other than rehearsing the argument. #coach
- not teri_taught_twenty:
    ~ teri_taught_twenty = true
    Five minutes were enough to breathe, this time. Once someone is past the line, it takes about twenty. #coach
}
~ temp teri_over = flooded("teri")
~ temp dale_over = flooded("dale")
<- teri_break_offer
* [Right. So are we going to talk like adults now? #move:criticize]
    ~ teri_last = "criticize"
    ~ teri_heat += 1
    Right. So are we going to talk like adults now? #speaker:teri
    -> teri_the_door
* {not flooded("dale")} [Thanks for coming back. Let me try that again. I'm not the bad guy, and I don't want you to be. #move:repair]
    ~ teri_last = "repair"
    ~ teri_heat = 0
    Thanks for coming back. Let me try that again. I'm not the bad guy, and I don't want you to be either. #speaker:teri
    A repair once both are back under the line: the same boundary, without the heat. #coach
    {
    - received("dale") == "misread":
        Try it again. Like a script. #speaker:dale #move:dale.defend
        -> teri_misread_note ->
    - else:
        Dale sits down.
        Okay. Me neither. #speaker:dale #move:dale.turn_toward
    }
    -> teri_where_she_stands
* [{teri_over:I'm still not okay.|{dale_over:You're still not okay.|That wasn't long enough.}} Let's make it a proper twenty. I'll text you when it's up. #move:take_break=20]
    ~ teri_last = "take_break"
    {teri_over:I'm still not okay. {dale_over:Neither are you.}|{dale_over:You're still not okay.|That wasn't long enough, for either of us.}} Let's make it a proper twenty. Go to the van; I'll text you when it's up. #speaker:teri
    -> teri_last_break

=== teri_the_door ===
~ note_dale()
{
- not flooded("dale") && not flooded("teri"):
    Dale puts his keys in his pocket. His voice is flat and polite.
    I'll see you Wednesday, then. Or not. #speaker:dale #move:dale.withdraw
    -> teri_end_cold
}
{
- flooded("dale"):
    Dale grabs his keys from the table.
    Fine. Keep the bike. Keep everything. You always do. #speaker:dale #move:dale.contempt
- else:
    Dale picks up his keys.
    I'm going. Don't worry, I'll stop bothering you. #speaker:dale #move:dale.withdraw
}
He is at the door of the flat.
* [Go on, then. Run home. Poor Dale. #move:contempt]
    ~ teri_last = "contempt"
    ~ teri_door = "out"
    Go on, then. Run home. Poor Dale. #speaker:teri
    The street door bangs hard enough to rattle the bay window.
    -> teri_end_walked_out
* [She says nothing. She lets him go. #move:withdraw]
    ~ teri_last = "withdraw"
    ~ teri_door = "silent"
    She says nothing. His feet go down the stairs, and the street door bangs.
    -> teri_end_walked_out
+ [Dale. Go, if you need to. But say when. Tonight at eight? I'll pick up. #move:take_break=20]
    ~ teri_last = "take_break"
    ~ teri_door = "break"
    Dale. Go, if you need to. Just say when we talk. Tonight at eight? I'll pick up. #speaker:teri
    The same exit, turned into a break: a time to come back makes leaving safe for both of them. #coach
    {
    - flooded("dale"):
        He stops with his hand on the door. He doesn't turn round.
        Eight. #speaker:dale #move:dale.take_break
    - else:
        Eight. Okay. #speaker:dale #move:dale.take_break
    }
    {
    - teri_twenty_minutes == 0:
        ~ teri_who_left = "dale"
        -> teri_twenty_minutes
    }
    -> teri_last_break

=== teri_end_walked_out ===
{
- teri_walked_off:
    The flat is empty when she gets back: two cold teas, a bike in her hall, and the monstera half out of its pot. Her phone has a text on it from ten minutes ago.
- else:
    Teri is alone with two cold teas, a bike in her hall, and the monstera half out of its pot. Her phone buzzes: a text, from the van.
}
{
- flooded("dale"):
    You used me. I hope it was worth it. #speaker:dale #move:dale.blame
- else:
    Enjoy the bike. #speaker:dale #move:dale.contempt
}
+ {flooded("teri")} [She puts the phone in the drawer and gives herself twenty minutes on the floor with the plants. #move:take_break=20]
    ~ teri_last = "take_break"
    She puts the phone in the drawer with the takeaway menus. She sits on the floor by the monstera and breathes, four counts in and six out, and lets twenty minutes go by. #time:20
    {
    - state_of("teri") == "calm":
        By the end of it her hands are steady. #body:teri.calm
    - else:
        By the end of it she is steadier, if not calm. #body:teri.stirred
    }
    A break of her own. It can't undo the door, but the next thing she sends won't come from the flood. #coach
    -> ending
* [She types: That's not fair and you know it. #move:defend]
    ~ teri_last = "defend"
    That's not fair and you know it. #speaker:teri
    {
    - flooded("dale"):
        The message shows as read. Then: Whatever. #speaker:dale #move:dale.dismiss
    - else:
        The message shows as read. No reply. #move:dale.withdraw
    }
    Arguing by text keeps the fight going after the room is empty: neither body gets the chance to come down. #coach
* [She types: I'm not angry with you. I'll be at Wednesday if you want. And I'm not coming back to the list. #move:repair]
    ~ teri_last = "repair"
    I'm not angry with you. I'll be at Wednesday, if you want. But I'm not coming back to the list. #speaker:teri
    {
    - flooded("dale"):
        The message shows as read. No reply. #move:dale.withdraw
    - received("dale") == "misread":
        Don't do me any favours. #speaker:dale #move:dale.defend
    - else:
        Sorry. I'll think about Wednesday. #speaker:dale #move:dale.own_part
    }
    A repair after the fact that keeps the boundary in it: kind, and still clear. #coach
* [She doesn't answer. She puts her hands back in the soil. #move:self_soothe]
    ~ teri_last = "self_soothe"
    She doesn't answer. She puts her hands back in the cold soil, and finishes the monstera.
    Self-soothing instead of answering the charge: she can't calm him from here, and she doesn't have to. #coach
- (ending)
{teri_his_nights > 0:Downstairs, Nina's horn goes.|At one Nina's horn goes in the street.} In the car Nina says, "He did what?" and Teri finds she is defending him, which is the strangest part of the day. #time:30
{teri_walked_off:She walked off in the heat of it, and he drove off in it|He walked out in the heat of it}: in his story she used him, and in hers he made her the bad guy for not paying the bill. No time was agreed to talk again. #ending:walked_out
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== teri_twenty_minutes ===
// The break has started: Teri called it (teri_call_break) or gave his exit a time at the door.
// Dale's answer to her call is said now, during the break, in the state he is in.
{
- teri_who_left == "teri":
    {
    - flooded("dale"):
        Dale doesn't look at her.
        Go on, then. #speaker:dale #move:dale.take_break
    - state_of("dale") == "escalated":
        Dale's jaw is tight.
        Twenty minutes. Fine. I'll be in the van. #speaker:dale #move:dale.take_break
    - else:
        Dale lets out a breath.
        Okay. Twenty minutes. I'll sit in the van. #speaker:dale #move:dale.take_break
    }
    Teri gets her coat and goes down and out, past the launderette, toward the park.
- else:
    The street door closes behind him, not slammed. Teri is alone with two cold teas and the whole afternoon until eight.
}
{
- not teri_taught_twenty:
    ~ teri_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if they are spent on something other than rehearsing the argument. A break has a time to come back, and no punishment in it. #coach
}
{teri_who_left == "teri":By the pond she realises she is still arguing with him in her head, and winning.|She goes back to the monstera and realises she is still arguing with him in her head, and winning.} #time:4
{
- flooded("dale"):
    Her phone buzzes.
    {teri_who_left == "teri":So that's it? You just walk off?|So that's it, then. Don't bother picking up at eight.} #speaker:dale #move:dale.blame
- else:
    Her phone buzzes.
    I'm sorry. Are we okay? Can we just talk now? #speaker:dale #move:dale.bid
}
~ teri_texted = true
{
- state_of("teri") == "flooded":
    Her heart jumps at the buzz. #body:teri.flooded
}
It is the old pull, from the other side: answer it, make it all right, now.
* [She puts the phone in her pocket without answering, and gives herself the twenty minutes from now. #move:take_break=20]
    -> quiet
* [She answers. Stop texting me. I said twenty minutes. #move:defend]
    ~ teri_answered = "sharp"
    ~ teri_last = "defend"
    Stop texting me. I said twenty minutes. #speaker:teri
    -> cut_short
* [She answers. We're okay. I'm not going anywhere. Let me have the twenty. #move:ask_space]
    ~ teri_answered = "kind"
    ~ teri_last = "ask_space"
    We're okay. I'm not going anywhere. Let me have the twenty. #speaker:teri
    -> cut_short

= quiet
She doesn't answer. It is harder than it sounds.
Not answering isn't a punishment here: he was told the time, and she will keep it. Letting his alarm ring without picking up the job of soothing it is the skill, and the twenty minutes start again from his message. #coach
{
- teri_who_left == "teri":
    She walks the long way round the pond. A boy is trying to teach a dog to fetch, and the dog is teaching the boy to throw. #time:8
    On the bench by the bandstand she counts her breath, four in and six out, until the count is all there is. #time:7
- else:
    She finishes the monstera and sweeps the soil off the newspaper. She puts the radio back on. #time:8
    Nina texts: still on for one? She texts back yes. #time:7
}
{
- state_of("teri") == "calm":
    Somewhere in there her shoulders come down from her ears. #body:teri.calm
- else:
    She is steadier than she was, if not calm. #body:teri.stirred
}
{
- teri_who_left == "teri":
    When the twenty minutes are up she turns for home. #time:6
- else:
    The afternoon goes. She goes to the cinema with Nina after all, and doesn't watch much of the film. At eight the phone rings. #time:400
}
-> teri_the_return

= cut_short
// Answering his text ends the break: a body still cooling floods again.
{
- flooded("dale"):
    The reply comes in seconds.
    Fine. Forget it. #speaker:dale #move:dale.withdraw
- received("dale") == "misread":
    Not going anywhere. You already went. #speaker:dale #move:dale.criticize
- else:
    Okay. Sorry. Twenty minutes. #speaker:dale #move:dale.take_break
}
{
- flooded("dale") || flooded("teri"):
    Answering into a break, even kindly, ends it: the twenty minutes only count if nothing cuts into them, and a body that was still cooling floods again. The pull to make it all right is the old job, not a failing. #coach
- else:
    He was steady enough for it this time. Still, a message into a break answers the alarm instead of letting it ring out; the time was the point. #coach
}
* [She turns the phone off. Twenty minutes, properly, from now. #move:take_break=20]
    She turns the phone off and puts it in her pocket. Twenty minutes, properly, from now.
    -> restart
* {teri_who_left == "teri" && (flooded("dale") || flooded("teri"))} [Fine. Then forget it. She goes home the long way, and doesn't go back up to the flat till he has gone. #move:withdraw]
    ~ teri_last = "withdraw"
    ~ teri_walked_off = true
    She walks the long way home, and waits at the corner until the van has gone. #time:15
    -> teri_end_walked_out

= restart
~ teri_last = "take_break"
{
- teri_who_left == "teri":
    She does the whole loop of the park again, slowly, and doesn't touch the phone. #time:10
    She sits on the bench by the bandstand and watches the pigeons argue. #time:8
    When the twenty minutes are up she turns for home. #time:4
- else:
    She finishes the monstera, and sweeps up, and leaves the phone off all afternoon. #time:10
    She goes to the cinema with Nina, and at eight she turns the phone back on, and it rings. #time:400
}
-> teri_the_return

=== teri_the_return ===
{
- teri_who_left == "teri":
    Dale is sitting on her front step, by the meters, when she gets back.
- else:
    It's Dale. His voice is quieter than it was this afternoon.
}
{
- flooded("dale"):
    He doesn't get up. His face is still shut.
    I'm here. I don't know if I can talk yet. #speaker:dale #move:dale.withdraw
- state_of("dale") == "escalated" || state_of("dale") == "activated":
    Okay. Go on, then. #speaker:dale #move:dale.defend
- else:
    I'm sorry. I came round with a bike and a bill. What I meant was, I'm scared of losing you. #speaker:dale #move:dale.own_part
}
{
- received("teri") == "misread" && not flooded("dale"):
    -> teri_heard_wrong("I'm sorry") ->
}
<- teri_break_offer
* [Thank you for waiting. I'm sorry I got so sharp. #move:own_part]
    ~ teri_last = "own_part"
    ~ teri_heat = 0
    Thank you for waiting. I'm sorry I got so sharp. #speaker:teri
    Coming back softer than she left: owning her part is what lets the break pay off. #coach
    -> teri_after_the_break
* [Can we just sit a minute before we talk? #move:ask_closeness]
    ~ teri_last = "ask_closeness"
    ~ teri_heat = 0
    {teri_who_left == "dale":Can we just stay on the line a minute, before we talk?|Can we just sit a minute, before we talk?} #speaker:teri
    Asking for closeness without asking for an answer yet. #coach
    -> teri_after_the_break
* [So have you calmed down now? #move:criticize]
    ~ teri_last = "criticize"
    ~ teri_heat += 1
    So. Have you calmed down now? #speaker:teri
    Coming back with a charge restarts the cycle: a break only works if both come back softer than they left. #coach
    {
    - flooded("dale") || state_of("dale") == "escalated":
        Apparently not. #speaker:dale #move:dale.withdraw
    - else:
        I had. #speaker:dale #move:dale.withdraw
    }
    -> teri_end_limbo

=== teri_after_the_break ===
{
- flooded("dale"):
    Dale says nothing for a while, but he doesn't leave.
    Give me a minute. #speaker:dale #move:dale.ask_space=5
- received("dale") == "misread":
    And then you tell me where I stand, and it's nowhere. #speaker:dale #move:dale.defend
    -> teri_misread_note ->
- state_of("dale") == "escalated" || state_of("dale") == "activated":
    Okay. #speaker:dale #move:dale.turn_toward
- teri_last == "own_part":
    Me too. I wasn't much better. #speaker:dale #move:dale.turn_toward
- else:
    I'd like that. #speaker:dale #move:dale.turn_toward
}
<- teri_break_offer
* [Thank you for coming back to it. Let's leave the big things for Wednesday. #move:appreciate]
    ~ teri_last = "appreciate"
    Thank you for coming back to it. Let's leave the big things for Wednesday. Dinner, the usual place. #speaker:teri
    Resuming when both are calm, with a time set. Not everything has to be settled today. #coach
    {
    - flooded("dale") || state_of("dale") == "escalated":
        Wednesday. #speaker:dale #move:dale.take_break
    - else:
        Wednesday. I'll let you pay for your own. #speaker:dale #move:dale.humor
        He almost smiles.
    }
    -> teri_break_ending
* {teri_who_left == "teri"} [Can I tell you where I actually stand? I'd rather say it now, while we're calm. #move:soft_startup]
    ~ teri_last = "soft_startup"
    Can I tell you where I actually stand? I'd rather say it now, while we're both calm. #speaker:teri
    Choosing the calm to say the hard thing in: that is what the break bought. #coach
    {
    - not flooded("dale") && not flooded("teri") && state_of("dale") != "escalated" && received("dale") != "misread":
        Okay. Tell me. #speaker:dale #move:dale.turn_toward
        ~ teri_offered_stand = true
        -> teri_where_she_stands
    }
    {
    - received("dale") == "misread":
        Here it comes. #speaker:dale #move:dale.defend
        -> teri_misread_note ->
    - else:
        Not today. Please. I can't hear it today. #speaker:dale #move:dale.ask_space
    }
    -> teri_break_ending

=== teri_break_ending ===
{teri_who_left == "teri":He drives home; she goes to the cinema with Nina and lets herself enjoy it.|They say goodnight. She puts the phone face down and sleeps better than she expected.} #time:30
They stopped when they needed to and came back calmer, and the day didn't get the last word. Wednesday they will try again, slower. #ending:break_and_return
-> END

// A second break, when one is needed again after the first: no more reaching into it.
=== teri_last_break ===
{
- teri_door == "break":
    The street door closes behind him, not slammed. He said eight.
- flooded("dale"):
    Dale doesn't look at her.
    Okay. Twenty. #speaker:dale #move:dale.take_break
- else:
    Okay. Yeah. Let's stop. #speaker:dale #move:dale.take_break
}
{
- not teri_taught_twenty:
    ~ teri_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{teri_twenty_minutes > 0 || teri_five_minutes > 0:This time nobody reaches into it. }Teri finishes the monstera and sweeps the soil off the newspaper. #time:12
She stands at the bay window with a glass of water and watches the launderette's dryers turn across the road. #time:10
{
- state_of("teri") == "calm":
    Her hands are steady again. #body:teri.calm
- else:
    She is steadier, if not calm. #body:teri.stirred
}
{
- teri_door == "break":
    She goes to the cinema with Nina. At eight the phone rings, and she picks up, and they agree on Wednesday, slower. #time:400
- else:
    She texts him, as she said she would: Twenty minutes. I'm calmer. Can the rest wait for Wednesday, slower? He answers: Wednesday. Sorry about today. x #time:3
}
{teri_twenty_minutes > 0 || teri_five_minutes > 0:The day needed the break twice; the second time, they let it be one.|They stopped before the day could say anything worse, and they will come back to it calmer.} #ending:break_and_return
-> END
