// As Mark — the player is Mark (the pursuer); Ellie is simulated by the model.
// Adapted from comment 4 (Ellie) in 002_612bd878bc8560af.txt, from the other side: the husband
// who "wants to spend every moment of every day" with her, and "loves" the marriage. His inside
// is ours: a boy whose father went "out" for a year and then went for good.
//
// Shape of the mode:
//   the window        mark_start -> mark_the_window (her car at the kerb, and she doesn't get out)
//   the hall          mark_the_hall (the plan for the weekend, or a softer opening)
//   the table         mark_the_table (her day)
//   the milk          mark_the_milk (the sofa): she invents the errand, or, if he has given her room, asks
//                     directly for an hour (mk_room)
//   going along       mark_along -> mark_the_aisle / mark_alone_with_it -> mark_her_return
//                     -> mark_the_film                                         (#ending:hollow_peace)
//   following her     mark_alone_with_it -> mark_the_car_park (he finds her in the car, drawing)
//   the truth         mark_the_truth -> mark_his_fear -> mark_letting_go -> mark_the_hour
//                                                                              (#ending:space_agreed)
//                     -> mark_the_kitchen_table                                (#ending:reconnected)
//   the heat          mark_heating -> mark_the_flood -> mark_the_door          (#ending:walked_out)
//   the break         mark_call_break -> mark_twenty_minutes (round the park; a text, or coming back
//                     early, floods her again) -> mark_the_return              (#ending:break_and_return)
//
// Which track follows Mark's choices (mk_push, mk_room); what Ellie says follows the model:
// flooded / state_of / stance_of / received("ellie"). A flooded Ellie makes no warm move.
// Whenever Mark is flooded at a choice point, a break is on offer (mark_break_offer).

VAR mk_push = 0            // +1 for each pressing move, -1 for each that calms; 2+ tips into the heat
VAR mk_room = 0            // +1 for each move that gives her room (waiting, asking her wishes, listening)
VAR mk_last = ""           // Mark's last move
VAR mk_window = ""         // at the window: waited | umbrella | texted
VAR mk_asked_direct = false // Ellie asked directly for an hour (not the milk)
VAR mk_errand = false      // Ellie used the milk
VAR mk_went = false        // he went to the shop with her
VAR mk_followed = false    // he drove after her and found her in the car
VAR mk_told = false        // Ellie has told him the errands were never errands
VAR mk_said_fear = false   // he has told her about his dad going out
VAR mk_wish_heard = false  // she said the wish in the flood
VAR mk_misfired = false    // his soft words were heard as a claim
VAR mk_walkout = false     // someone was over the line when the door went
VAR mk_who_left = ""       // at the door: mark (round the park) | car (she drove off) | upstairs (she went up)
VAR mk_stayed = false      // she gave the hour back when he asked her to stay
VAR mk_cut_short = ""      // how his break was cut into: text | early
VAR mk_where = ""          // where Ellie is when he needs a break: "" (with him) | shop (together in Sainsbury's) | away_shop, away_carpark, away_hour (she is out)
VAR mk_taught_twenty = false
VAR mk_taught_misread = false
VAR mk_taught_fear = false
VAR mk_taught_flood = false

=== mark_start ===
Friday. Mark has been home since two. The round starts at half five in the morning and is done by lunch, and by the time Ellie gets in he has usually been on his own in the house for five hours.
Today he made his mum's lamb curry, the long way. He bought the salted caramels she likes. He lit a candle, which made him feel a bit daft. Episode six of the Danish detective thing is paused on the telly.
He has planned tomorrow: the car boot at the racecourse at seven, his mum's for lunch, then B&Q for paint for the spare room. Sunday, Dougie and Sue want them for a walk.
He texted her at ten, at twelve and at four. She answered the twelve o'clock one: x
Nine years married. He still gets a kick out of hearing her key in the door. He has never said so, but some part of him is always listening for it.
At twenty to seven, through the front window, he sees the Fiesta pull up at the kerb. The engine goes off. She doesn't get out.
One minute. Three.
-> mark_the_window

=== mark_the_window ===
He can see the shape of her in the driver's seat, not moving, not on her phone. Just sitting.
* [Let her sit. Go back and stir the curry. She'll come in when she's ready. #move:self_soothe]
    ~ mk_last = "self_soothe"
    ~ mk_window = "waited"
    ~ mk_room += 1
    He goes back to the kitchen and stirs the curry, which doesn't need it, and doesn't look out of the window again. It is harder than it sounds.
    Self-soothing instead of going after her: his alarm says something's wrong, go now. Letting her have her five minutes is a gift she may never know she was given. #coach
* [Take the big umbrella out to the car. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    ~ mk_window = "umbrella"
    He takes the big golf umbrella from the hall and goes out to the car in his slippers, and taps on the window, grinning.
    Taxi for Mrs Hollis? #speaker:mark
    Warm, and funny, and it takes the last five minutes Ellie had. For a pursuer the loving move and the crowding move can be the same move. #coach
* [Text her: I can see you! You ok? x #move:bid]
    ~ mk_last = "bid"
    ~ mk_window = "texted"
    I can see you! You ok? x #speaker:mark
    He watches her look at her phone, and look at the house.
- (answers)
{
- mk_window == "waited":
    Five minutes later her key turns in the lock. #time:5
- received("ellie") == "misread":
    Ellie looks up at him through the rain on the glass, and her face does something before it smiles.
    I was just coming. #speaker:ellie #move:ellie.defend
- mk_window == "umbrella":
    Ellie jumps, then laughs, a bit late.
    You'll catch your death. Go in, I'm coming. #speaker:ellie #move:ellie.dismiss
- else:
    She gets out of the car without answering it. #move:ellie.withdraw
}
-> mark_the_hall

=== mark_the_hall ===
He is in the hall before she has her coat off, and he hugs her, and the hug goes on a bit. She smells of the chemist's: hand gel and cardboard.
{
- flooded("ellie"):
    Ellie stands inside the hug like someone waiting for a bus. #move:ellie.withdraw
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Ellie pats his back twice and steps out of it.
    Let me get my coat off, Mark. #speaker:ellie #move:ellie.defend
- state_of("ellie") == "activated":
    Ellie's arms go round him, briefly.
    Mm. Hi. #speaker:ellie #move:ellie.dismiss
- else:
    Hi, you. Something smells amazing. #speaker:ellie #move:ellie.turn_toward
}
{
- received("mark") == "misread":
    Mark hears, under it, something he has been hearing for a while and not letting himself hear: not now, not you.
}
He has the whole weekend in his head, and he wants to give it to her.
<- mark_break_offer
* [Tell her the plan: car boot at seven, Mum's for lunch, B&Q, Dougie's walk on Sunday. Whole weekend, just us. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    ~ mk_push += 1
    I've sorted the weekend. Car boot at seven, Mum's for lunch, then B&Q for the paint. And Dougie and Sue on Sunday. Whole weekend, just us. #speaker:mark
    He means it as a present. To someone who has been talked at for ten hours, a weekend with no gaps in it can sound like a sentence. #coach
* [I've missed you today. I feel a bit daft saying it, but I get lonely in the afternoons. I'd love to hear about your day, when you're ready. #move:soft_startup]
    ~ mk_last = "soft_startup"
    ~ mk_room += 1
    I've missed you today. I feel a bit daft saying it, but I get lonely in the afternoons, rattling round here. I'd love to hear about your day, whenever you're ready. #speaker:mark
    A soft start-up: his feeling, the afternoons, and a wish with no deadline on it. #coach
* [What do you fancy doing tomorrow? I had ideas, but you choose. #move:turn_toward]
    ~ mk_last = "turn_toward"
    ~ mk_room += 1
    What do you fancy doing tomorrow? I had some ideas, but you choose. #speaker:mark
    Asking what she wants before telling her what he's planned: it costs him the pleasure of giving her the weekend, and it gives her a say in her own Saturday. #coach
* [You're quiet. What's wrong? #move:demand]
    ~ mk_last = "demand"
    ~ mk_push += 1
    You're quiet. What's wrong? Has something happened? #speaker:mark
    Checking her over the moment she is in the door: his worry is real, and it asks her for an account of herself before she has put her bag down. #coach
- (answers)
{
- flooded("ellie"):
    ~ mk_push += 1
    Ellie looks at the coat hooks. Nothing. #move:ellie.stonewall
- received("ellie") == "misread":
    ~ mk_misfired = true
    ~ mk_taught_misread = true
    Ellie's shoulders go up.
    {mk_last == "soft_startup":Lonely. Right. And that's on me as well, is it, after ten hours on my feet?|Can I at least get in the door?} #speaker:ellie #move:ellie.defend
    He meant it warmly, and it landed on something sore: with goodwill thin, a soft word can sound like one more claim (Weiss: sentiment override). That is not a failure of the words. #coach
- mk_last == "ask_closeness" && state_of("ellie") != "calm":
    Ellie's smile stays where it is, a bit fixed.
    Lovely. Can I get changed first? #speaker:ellie #move:ellie.dismiss
- mk_last == "ask_closeness":
    Ellie hesitates, and then smiles.
    Busy weekend. Let me get changed. #speaker:ellie #move:ellie.dismiss
- mk_last == "demand":
    Nothing's wrong. I've just got in. #speaker:ellie #move:ellie.defend
- mk_last == "turn_toward" && state_of("ellie") == "calm":
    Ellie looks at him, surprised.
    Honestly? A lie-in. Then I don't know. Can I think about it? #speaker:ellie #move:ellie.turn_toward
- mk_last == "turn_toward":
    I don't know. Can I think about it? #speaker:ellie #move:ellie.dismiss
- state_of("ellie") == "calm":
    Ellie softens.
    You daft thing. I missed you too. Let me sit down and I'll tell you about the methadone man. #speaker:ellie #move:ellie.turn_toward
- else:
    Ellie nods.
    Later, yeah? I'm wrung out. #speaker:ellie #move:ellie.dismiss
}
-> mark_the_table

=== mark_the_table ===
He serves the curry. He sits at the corner of the table, close, not across.
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    Ellie eats with her eyes on her plate. #move:ellie.stonewall
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Ellie eats fast, like someone on a lunch break. #move:ellie.withdraw
- state_of("ellie") == "activated":
    Ellie eats slowly, and doesn't say anything else.
    It's lovely, Mark. Really. #speaker:ellie #move:ellie.dismiss
- else:
    This is gorgeous. Your mum's? #speaker:ellie #move:ellie.appreciate
}
{
- state_of("mark") == "flooded":
    Mark's heart is going hard. The quiet at the table is louder than the telly would be. #body:mark.flooded
- state_of("mark") == "escalated":
    Mark can feel his pulse in his throat. The quiet at the table is getting to him. #body:mark.hot
- state_of("mark") == "activated":
    There is a little tight knot under Mark's breastbone that he knows well. #body:mark.stirred
}
He has been on his own since two, and the quiet is the one thing he can't stand.
<- mark_break_offer
* [How was it today? Really. Put your fork down and wait. #move:turn_toward]
    ~ mk_last = "turn_toward"
    ~ mk_room += 1
    How was it today? Really. #speaker:mark
    He puts his fork down and waits, and doesn't fill the gaps.
* [Fill the quiet with the round: Mrs Okafor's puppies, the van's heater, Dougie. #move:bid]
    ~ mk_last = "bid"
    He tells her about the round: Mrs Okafor's dog has had six puppies, the van's heater has packed up again, Dougie wants them for a walk on Sunday.
    Bids for connection: warm, funny, and all of them asking her to be an audience at the end of a day of being one. #coach
* [Why didn't you answer my texts today? #move:criticize]
    ~ mk_last = "criticize"
    ~ mk_push += 1
    Why didn't you answer my texts today? I sent three. #speaker:mark
    The hurt is real, and it comes out as a complaint: to her, proof that even work is not a place he leaves her alone. #coach
* [I get a bit lost on my own in the afternoons. I count the hours till you're in. #move:share_vulnerable]
    ~ mk_last = "share_vulnerable"
    I'll be honest, I get a bit lost on my own in the afternoons. I do the round, and then the house is so quiet. I count the hours till you're in. #speaker:mark
    The soft feeling under the texts. It invites her closer; it also hands her a loneliness to look after, at the end of a long day of looking after. #coach
- (answers)
{
- flooded("ellie"):
    Ellie shakes her head.
    Not now, Mark. #speaker:ellie #move:ellie.withdraw
- received("ellie") == "misread":
    {mk_last == "share_vulnerable":And that's my job as well now, is it? Filling your afternoons?|Can I not just eat?} #speaker:ellie #move:ellie.defend
    -> mark_misread_note ->
- mk_last == "criticize" && (state_of("ellie") == "escalated" || stance_of("ellie") == "defending"):
    Because I was working, Mark. Two hundred and twelve scripts. I can't text you between every one. #speaker:ellie #move:ellie.defend
- mk_last == "criticize":
    I was busy. Sorry. #speaker:ellie #move:ellie.dismiss
- mk_last == "turn_toward" && state_of("ellie") != "escalated":
    Ellie looks at him for a moment. Then she tells him: the man at the counter shouting about a late methadone script, ten minutes of it, and her smiling the whole time.
    My face still hurts. #speaker:ellie #move:ellie.share_vulnerable
- mk_last == "share_vulnerable" && state_of("ellie") == "calm":
    Ellie puts her hand on his.
    Oh, love. You should ring Dougie in the afternoons. #speaker:ellie #move:ellie.validate
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Mm. #speaker:ellie #move:ellie.dismiss
- else:
    She smiles, and doesn't say anything else.
    Puppies. #speaker:ellie #move:ellie.dismiss
}
{
- mk_push >= 2 && mark_heating == 0:
    -> mark_heating
}
-> mark_the_milk

// ---------------------------------------------------------------------------------------------
// The milk, or the ask
// ---------------------------------------------------------------------------------------------

=== mark_the_milk ===
After the curry he gets the blanket off the back of the sofa and the caramels out of the cupboard. Episode six is waiting on the telly.
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    Ellie is clearing the plates, not looking at the sofa. #move:ellie.withdraw
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Ellie runs the tap for a long time over one plate. #move:ellie.withdraw
- else:
    Ellie stacks the plates by the sink and stands there a moment, drying her hands. #move:ellie.dismiss
}
<- mark_break_offer
* [Right. Blanket, film, caramels. Perfect Friday. Pat the sofa. #move:bid]
    ~ mk_last = "bid"
    Right. Blanket, film, caramels. Perfect Friday. #speaker:mark
    He pats the sofa beside him.
* [What do you feel like doing tonight? Film, or not? #move:turn_toward]
    ~ mk_last = "turn_toward"
    ~ mk_room += 1
    What do you feel like doing tonight? Film, or not? Your call. #speaker:mark
    A real question, with a real answer allowed: it costs him the evening he planned, if she takes it. #coach
* [And I've told Dougie yes for Sunday. Proper weekend, this. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    ~ mk_push += 1
    And I've told Dougie yes for Sunday. Proper weekend, this. #speaker:mark
    One more room in the weekend filled: each one a gift to him, each one a wall to her. #coach
- (offered)
{
- mk_room >= 2 && not flooded("ellie") && state_of("ellie") != "escalated" && received("ellie") != "misread":
    ~ mk_asked_direct = true
    Ellie stands in the kitchen doorway. She looks as if she is about to jump off something.
    Mark. I need an hour on my own tonight. Not away from you, just on my own. I'll be back at half eight, and I want to watch it with you then. #speaker:ellie #move:ellie.ask_space=60
- else:
    ~ mk_errand = true
    {
    - flooded("ellie"):
        Ellie is already picking up her keys.
        Milk. We're out. #speaker:ellie #move:ellie.withdraw
    - mk_last == "turn_toward":
        Ellie looks at him, and for a second she seems about to say something else. Then she opens the fridge.
        Oh, we're out of milk. I'll nip to the big Sainsbury's first. #speaker:ellie #move:ellie.withdraw
    - else:
        Ellie is looking in the fridge.
        Oh, we're out of milk. I'll nip to the big Sainsbury's before we start. #speaker:ellie #move:ellie.withdraw
    }
}
{
- mk_errand:
    There is milk. He bought some at two. He saw the carton in the fridge door when he got the cream out.
}
{
- state_of("mark") == "flooded":
    Mark's heart drops and then pounds. He knows this feeling from somewhere much older than this kitchen. #body:mark.flooded
- state_of("mark") != "calm":
    Something in Mark goes very still and watchful, the way it used to when he was ten. #body:mark.stirred
- else:
    Something in Mark goes still and watchful, the way it used to when he was ten.
}
-> mark_the_milk_choice

=== mark_the_milk_choice ===
<- mark_break_offer
* {mk_errand} [I'll come with you. Two minutes, let me find my shoes. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    I'll come with you. Give me two minutes to find my shoes. I'll drive. #speaker:mark
    -> mark_along
* {mk_errand} [Okay. Don't be long. Get the Greek yoghurt. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Okay. Don't be long. Get the Greek yoghurt. #speaker:mark
    Going along with it. It keeps the peace; it also keeps him from asking the question he half knows the answer to. #coach
    -> mark_alone_with_it
* {mk_errand} [There's milk in the fridge, El. Why do you always need to get away from me? #move:criticize]
    ~ mk_last = "criticize"
    ~ mk_push += 2
    There's milk in the fridge, El. I bought it at two. Why do you always need to get away from me? #speaker:mark
    He is right about the milk, and the question is the one that's been waiting for months. Said like this it is a charge, and she can only defend against it. #coach
    -> mark_heating
* {mk_errand} [There's milk, love. I saw it. If you need some time on your own, you can just say. I'd rather know. #move:soft_startup]
    ~ mk_last = "soft_startup"
    ~ mk_room += 1
    There's milk, love. I saw it. If you need some time on your own, you can just say. I'd rather know than wonder. #speaker:mark
    The same fact, without the charge, and with a door left open: it costs him the comfort of not knowing. #coach
    -> mark_the_truth
* {mk_asked_direct} [Okay. Half eight. I'll keep it paused. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Okay. Half eight. I'll keep it paused. #speaker:mark
    Saying yes to space that comes with a way back. His alarm doesn't have to agree; he only has to not obey it. #coach
    -> mark_letting_go
* {mk_asked_direct} [On your own? Have I done something? #move:bid]
    ~ mk_last = "bid"
    He puts the caramels down.
    On your own? Have I done something? #speaker:mark
    An anxious bid: he wants to hear it isn't him. It is understandable, and it makes her ask into something she has to nurse him through. #coach
    -> mark_the_truth
* {mk_asked_direct} [Why do you always need to get away from me? #move:criticize]
    ~ mk_last = "criticize"
    ~ mk_push += 2
    Why do you always need to get away from me? #speaker:mark
    Ellie asked for exactly what the advice says to ask for, and it was heard as a leaving. The pursuer's alarm read a need as a threat. #coach
    -> mark_heating
* {mk_asked_direct} [When you go out, part of me sits by the window, like when I was a kid. Go anyway. Half eight. #move:share_vulnerable]
    ~ mk_last = "share_vulnerable"
    ~ mk_said_fear = true
    Can I say something, and then you go? When you go out, part of me sits by the window, like when I was a kid. That's mine, not yours. Go. Half eight. #speaker:mark
    Saying the fear and saying yes anyway: that is self-soothing in action. He doesn't need her to stay to take the fear away. #coach
    -> mark_letting_go

// ---------------------------------------------------------------------------------------------
// Going along
// ---------------------------------------------------------------------------------------------

=== mark_along ===
{
- flooded("ellie"):
    No. I'll go on my own. #speaker:ellie #move:ellie.withdraw
    -> mark_alone_with_it
- received("ellie") == "misread" || state_of("ellie") == "escalated":
    No, Mark. You're shattered. Stay here. #speaker:ellie #move:ellie.defend
    -> mark_alone_with_it
- state_of("ellie") == "activated":
    No, no, you stay. You're shattered. I'll be twenty minutes. #speaker:ellie #move:ellie.dismiss
    -> mark_alone_with_it
- else:
    Ellie hesitates, and something crosses her face, and goes.
    Okay. Come on, then. #speaker:ellie #move:ellie.dismiss
}
~ mk_went = true
~ mk_where = "shop"
They go in the Fiesta. He drives and talks about the spare room all the way. #time:10
In the big Sainsbury's he pushes a trolley though they only need milk. He puts in the yoghurt she likes, satsumas, a card for his mum. He holds her hand in the queue.
{
- state_of("mark") == "flooded":
    Mark's heart is banging under his coat. The strip lights are too bright, and he is holding her hand too hard. #body:mark.flooded
- state_of("mark") == "escalated":
    Mark's pulse is up, and he can't have said why. He keeps checking her face. #body:mark.hot
}
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    Her hand is in his, and she is somewhere else entirely. #move:ellie.withdraw
- else:
    Her hand is in his. She is looking out of the window at the trolley bays. #move:ellie.dismiss
}
<- mark_break_offer
* [This is nice, isn't it? Us. Even in here. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    {
    - flooded("mark"):
        This is nice. Isn't it? Isn't it, El? #speaker:mark
    - else:
        This is nice, isn't it? Us. Even in here. #speaker:mark
    }
    {
    - flooded("ellie"):
        Ellie nods at the trolley bays. #move:ellie.withdraw
    - else:
        Yeah. It's nice. #speaker:ellie #move:ellie.dismiss
    }
    He is with her, and she isn't there. He feels it and can't name it, so he holds her hand tighter. #coach
    -> mark_the_film
* [You're miles away. Where've you gone? #move:bid]
    ~ mk_last = "bid"
    You're miles away. Where've you gone? #speaker:mark
    {
    - flooded("ellie"):
        Nowhere. I'm right here. #speaker:ellie #move:ellie.defend
        -> mark_the_film
    - received("ellie") == "misread" || state_of("ellie") == "escalated":
        I'm right here, Mark. I'm holding your hand in Sainsbury's. What more do you want? #speaker:ellie #move:ellie.defend
        They pay, and drive home without a word, and she puts the milk in the fridge next to the other one. #time:12
        -> mark_heating
    - else:
        Ellie looks at him, and for a second she seems about to say something real.
        I'm just tired. #speaker:ellie #move:ellie.dismiss
        -> mark_the_film
    }
* [Let go of her hand. Let her have the window. #move:self_soothe]
    ~ mk_last = "self_soothe"
    ~ mk_room += 1
    {
    - flooded("mark"):
        Letting go of her hand is the hardest thing he has done all day. He does it, and his hand doesn't know what to do, and he pays.
    - else:
        He lets go of her hand, and lets her have the window, and pays.
    }
    A small space given inside the togetherness. She may not notice it. He does, and it is practice. #coach
    -> mark_the_film

// She has gone out alone. He waits with it.
=== mark_alone_with_it ===
~ mk_where = "away_shop"
The door goes. The Fiesta starts. Mark stands in the front room with the blanket over his arm. #move:ellie.withdraw
He sits down with the film paused on its first frame. The house is very quiet. #time:10
When he was ten his dad started going out. The allotment, the Legion, the car. Always just popping out. A year of that, and then one Sunday he popped out and moved in with a woman from the Legion.
It's milk. He knows it's milk. Something in him is sitting by the window anyway.
{
- state_of("mark") == "flooded":
    His heart is thudding. #body:mark.flooded
- state_of("mark") != "calm":
    His chest is tight. #body:mark.stirred
}
{
- not mk_taught_fear:
    ~ mk_taught_fear = true
    What is under Mark's togetherness: not a wish to own Ellie's evenings, an old fear of being left. A pursuer's alarm is about separation (Lerner); it treats every going as the first step of going for good. #coach
}
<- mark_break_offer
* [Wash up. Let her have her twenty minutes, and don't look at the phone. #move:self_soothe]
    ~ mk_last = "self_soothe"
    ~ mk_room += 1
    He washes up, slowly, every pan, and wipes the hob, and doesn't look at his phone once. #time:25
    Self-soothing: the fear gets to speak, and it doesn't get to drive. #coach
    -> mark_her_return
* [Text her: Get the Greek one? Miss you x #move:bid]
    ~ mk_last = "bid"
    Get the Greek one? Miss you x #speaker:mark
    {
    - flooded("ellie"):
        Nothing comes back. #move:ellie.stonewall
    - else:
        Massive queue! Home soon x #speaker:ellie #move:ellie.dismiss
    }
    A bid by text. Small, and loving; it is also the fourth message today. #coach
    He waits. The film stays paused. #time:25
    -> mark_her_return
* [Ring her. Just to hear her. #move:demand]
    ~ mk_last = "demand"
    ~ mk_push += 1
    He rings. It rings out. He rings again. #time:5
    {
    - flooded("ellie"):
        On the third go she picks up.
        I'm in the car, Mark. I'm fine. I'll be back. #speaker:ellie #move:ellie.defend
    - else:
        On the third go she picks up.
        I'm in the car. I'm fine. What's wrong? #speaker:ellie #move:ellie.defend
    }
    Ringing until she answers quiets his alarm for a minute and teaches it that it needed answering. #coach
    She is back twenty minutes later. #time:20
    -> mark_her_return
* [Get the car keys. Drive down to Sainsbury's after her. #move:demand]
    ~ mk_last = "demand"
    ~ mk_followed = true
    ~ mk_push += 1
    -> mark_the_car_park

// He follows her, and finds the errand.
=== mark_the_car_park ===
~ mk_where = "away_carpark"
He takes his own keys and the van, and drives down the ring road to the big Sainsbury's. #time:10
The Fiesta is at the far end, by the trolley bays, under an orange light. The engine is off. Ellie is in the driver's seat, not on her phone. She has a sketchbook open on the steering wheel, and she is drawing the trolley bays.
She isn't shopping. She is just sitting there, alone, and she looks more like herself than he has seen her in months.
Following her, out of fear, has turned a suspicion into knowledge, and it has cost her the one place she had. Once, it is a breach; as a habit, checking where a partner is becomes monitoring, which is control, not closeness. #coach
<- mark_break_offer
* [Knock on the window. #move:bid]
    ~ mk_last = "bid"
    ~ mk_where = ""
    He walks over and knocks on the window. She jumps so hard the pencil skids across the page.
    {
    - flooded("ellie"):
        Ellie stares at him through the glass. Her face is white. #move:ellie.stonewall
        -> mark_heating
    - state_of("ellie") == "escalated" || received("ellie") == "misread":
        You followed me? You actually followed me? #speaker:ellie #move:ellie.criticize
        -> mark_heating
    - else:
        Ellie winds the window down. For a long moment neither of them says anything.
        You followed me. #speaker:ellie #move:ellie.defend
        -> mark_the_truth
    }
* [Go home before she sees you. Say nothing, ever. #move:withdraw]
    ~ mk_last = "withdraw"
    He turns the van round and drives home before she can see him, and sits down with the film paused, and his hands shake. #time:12
    {
    - state_of("mark") != "calm":
        His chest is still tight when he hears her key. #body:mark.stirred
    }
    He knows now. And she doesn't know he knows. It is a secret of his own, to sit beside hers. #coach
    -> mark_her_return
* [Sit in the van and watch her for a while. #move:demand]
    ~ mk_last = "demand"
    ~ mk_push += 1
    He sits in the van at the other end of the car park, and watches his wife draw, and doesn't understand, and does. #time:10
    Watching her without her knowing feeds the alarm; it does not soothe it. Once, out of fear, it is a breach; as a habit it would be monitoring, which is no longer the dance. #coach
    Then he drives home, before she does. #time:10
    -> mark_her_return

=== mark_her_return ===
~ mk_where = ""
She lets herself in with a pint of milk. {mk_followed:He pretends not to have been out.}
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    She puts it in the fridge next to the other one, and doesn't look at him.
    Got it. #speaker:ellie #move:ellie.withdraw
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    Massive queue. Don't start. #speaker:ellie #move:ellie.defend
- else:
    She puts it in the fridge next to the other one.
    Massive queue. Right. Film? #speaker:ellie #move:ellie.dismiss
}
He watches the two cartons, side by side, in the fridge door.
<- mark_break_offer
* [Did they have the Greek one? Come on, let's watch it. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Did they have the Greek one? Come on, let's watch it. #speaker:mark
    -> mark_the_film
* [Forty minutes. For milk. #move:criticize]
    ~ mk_last = "criticize"
    ~ mk_push += 2
    Forty minutes. For milk. #speaker:mark
    -> mark_heating
* [I'm glad you're back. Can I ask you something, and you can say no? The errands. Are they for being on your own? #move:soft_startup]
    ~ mk_last = "soft_startup"
    ~ mk_room += 1
    I'm glad you're back. Can I ask you something? You can say no. The errands. Are they for being on your own? #speaker:mark
    A soft start-up about the thing he least wants to know. He risks the answer, and he makes it safe to give. #coach
    -> mark_the_truth
* {mk_followed} [I saw you. In the car park. I followed you, and I saw you drawing. #move:own_part]
    ~ mk_last = "own_part"
    I saw you. In the car park. I followed you down there. I'm sorry. I saw you drawing. #speaker:mark
    Owning the following. It will cost him her anger, and it ends a secret before it can grow. #coach
    -> mark_the_truth

// The hollow peace: the errand held, and the evening is got through.
=== mark_the_film ===
~ mk_where = ""
They watch episode six under the blanket. #time:20
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    Ellie sits at her end of the sofa with her knees up, not touching him. #move:ellie.withdraw
- else:
    Ellie's hand is near his on the blanket. She watches the screen. #move:ellie.dismiss
}
<- mark_break_offer
* [Take her hand. This is all I want, you know. This, every night. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    He takes her hand.
    This is all I want, you know. This. Every night. #speaker:mark
    {
    - flooded("ellie"):
        Ellie doesn't answer. #move:ellie.stonewall
    - received("ellie") == "misread":
        Every night. Her hand goes still in his. Yeah. #speaker:ellie #move:ellie.withdraw
    - else:
        She leaves her hand where it is.
        Mm. #speaker:ellie #move:ellie.dismiss
    }
    He means it as love. Every night is the thing she is drowning in. Neither of them says so. #coach
* [Leave her hand be. Just watch it. #move:self_soothe]
    ~ mk_last = "self_soothe"
    He leaves her hand be, and watches the detective walk along a grey beach, and lets her be at her end of the sofa.
    Room given, without a word about it. It doesn't change the evening; it might change the next one. #coach
* [You're not watching. What's going on with you tonight? #move:demand]
    ~ mk_last = "demand"
    You're not watching. What's going on with you tonight? #speaker:mark
    {
    - flooded("ellie") || state_of("ellie") == "escalated" || received("ellie") == "misread":
        Nothing! Can I not just watch a film? #speaker:ellie #move:ellie.defend
        -> mark_heating
    - else:
        Nothing. I'm watching. Shh. #speaker:ellie #move:ellie.dismiss
    }
- (next)
The episode ends. #time:40
{
- flooded("ellie") || stance_of("ellie") == "stonewalling":
    Ellie gets up.
    I'm going up. #speaker:ellie #move:ellie.withdraw
- else:
    I'm shattered. I'm going up. #speaker:ellie #move:ellie.dismiss
}
<- mark_break_offer
* [Come on, one more. It's Friday. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    Come on, one more. It's Friday. #speaker:mark
    {
    - flooded("ellie"):
        No. #speaker:ellie #move:ellie.withdraw
    - else:
        Ellie sits back down.
        One more, then. #speaker:ellie #move:ellie.dismiss
    }
* [Night, love. I'll be up in a bit. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Night, love. I'll be up in a bit. #speaker:mark
* [Go up with her. #move:bid]
    ~ mk_last = "bid"
    He turns the telly off and goes up with her. When he gets into bed she is already turned to the wall, breathing slowly, and he can't tell if she's asleep.
- (ending)
{
- mk_followed:
    He lies awake and thinks about the sketchbook on the steering wheel, and says nothing about it. Neither does she.
- else:
    He lies awake a while, listening to her breathe, and thinks about tomorrow: the car boot, his mum's, B&Q. A good Saturday. He is sure it will be a good Saturday.
}
{
- mk_stayed:
    Nobody fought. She {mk_asked_direct:asked for an hour|was offered an hour}, and when he asked her to stay, she stayed. He had the evening he loves; she gave hers back to him. #ending:hollow_peace
- mk_went:
    Nobody fought. The milk went in the fridge beside the milk. He had the evening he loves; she had a trolley, a queue and his hand in hers, and not one minute to herself. #ending:hollow_peace
- else:
    Nobody fought. The milk went in the fridge beside the milk. He had the evening he loves; she had forty minutes to herself and a lie to keep them in. #ending:hollow_peace
}
-> END

// ---------------------------------------------------------------------------------------------
// The truth
// ---------------------------------------------------------------------------------------------

=== mark_the_truth ===
~ mk_where = ""
{
- flooded("ellie"):
    Ellie shakes her head, fast.
    I can't do this now. #speaker:ellie #move:ellie.stonewall
    -> mark_heating
- received("ellie") == "misread" || state_of("ellie") == "escalated":
    So now I'm on trial for wanting an hour? #speaker:ellie #move:ellie.defend
    {
    - received("ellie") == "misread":
        -> mark_misread_note ->
    }
    -> mark_heating
}
~ mk_told = true
{
- mk_followed:
    Ellie looks at the sketchbook, and then at him.
    Most of them, yes. The milk, the petrol, the late chemist. I sit in the car in the car park. I draw. It's the only hour I have that's mine, and now you've seen it. #speaker:ellie #move:ellie.share_vulnerable
- mk_asked_direct:
    It isn't something you've done. It's that I've lost track of where I stop and you start. I've been making up errands for a year to get an hour. I didn't know how to just ask. #speaker:ellie #move:ellie.share_vulnerable
- else:
    Ellie puts the milk down on the counter. She is quiet for a long time.
    Yes. Most of them. The milk, the petrol, the late chemist. I sit in the car in the Sainsbury's car park. I don't know how to be with you every minute and still be me. #speaker:ellie #move:ellie.share_vulnerable
}
{
- received("mark") == "misread":
    Mark hears {mk_asked_direct && not mk_followed:"making up errands"|"most of them"} and the floor tilts. A year of lies, is what he hears, and he has to remind himself what she actually said.
}
{
- state_of("mark") == "flooded":
    Mark's heart is pounding. #body:mark.flooded
- state_of("mark") == "escalated":
    His face goes hot, and his pulse is up. #body:mark.hot
}
She has told him the thing she has been guarding. What he does with it now is the dilemma: it hurts, and it is true.
<- mark_break_offer
* [So you've been lying to me. For how long? #move:blame]
    ~ mk_last = "blame"
    ~ mk_push += 2
    So you've been lying to me. For how long? #speaker:mark
    The hurt is fair: he was lied to. Met with blame, her first true sentence in a year teaches her that truth costs more than milk. #coach
    -> mark_heating
* [I think I knew. Nobody needs that much milk. #move:own_part]
    ~ mk_last = "own_part"
    ~ mk_push = MAX(mk_push - 1, 0)
    I think I knew. Somewhere. Nobody needs that much milk. #speaker:mark
    Owning his part: he half knew and didn't ask, because not asking was safer. #coach
* [It's fine. Honestly, it doesn't matter. #move:dismiss]
    ~ mk_last = "dismiss"
    It's fine. Honestly. It doesn't matter. #speaker:mark
    Swallowing the hurt to keep Ellie close: a pursuer's version of withdrawing. She told Mark something that matters, and he told her it doesn't. #coach
    {
    - flooded("ellie") || received("ellie") == "misread":
        It does matter. That's the whole point. #speaker:ellie #move:ellie.defend
    - else:
        Ellie looks at him.
        It does, though. It matters to me. #speaker:ellie #move:ellie.bid
    }
* [Why didn't you just tell me? I'd have said yes. #move:bid]
    ~ mk_last = "bid"
    Why didn't you just tell me? I'd have said yes. #speaker:mark
    Would he? He believes it. She doesn't, and the question asks her to account for not believing him. #coach
    {
    - flooded("ellie") || state_of("ellie") == "escalated":
        Would you? You'd have sulked all night. #speaker:ellie #move:ellie.criticize
    - else:
        Would you, though? I think you'd have said yes and been sad all night, and I'd have stayed. #speaker:ellie #move:ellie.defend
    }
- (answers)
{
- mk_push >= 2:
    -> mark_heating
}
-> mark_his_fear

// What is under the togetherness. Saying it is Mark's to choose.
=== mark_his_fear ===
{
- flooded("ellie"):
    Ellie is looking at the floor. #move:ellie.withdraw
- mk_last == "own_part" && state_of("ellie") == "calm":
    Ellie looks at him properly.
    You knew? #speaker:ellie #move:ellie.turn_toward
- else:
    Ellie waits. She looks as if she expects to be told off.
}
{
- mk_said_fear:
    He has told her a little already, about the window. There is more.
}
There is a thing he has never said about the popping out. It is in his mouth now.
<- mark_break_offer
* [Tell her about his dad: the allotment, the Legion, the car, and the Sunday he didn't come back. #move:share_vulnerable]
    ~ mk_last = "share_vulnerable"
    ~ mk_said_fear = true
    When I was ten my dad started going out. The allotment, the Legion, the car. Always popping out. A year of it, and then one Sunday he popped out and moved in with a woman from the Legion. #speaker:mark
    When you go out, I know it's milk. But something in me goes and sits by the window. That's why I hold on. It isn't that I don't want you to have an hour. #speaker:mark
    The fear under Mark's togetherness, said: not a claim on Ellie, a boy at a window. Johnson: the pursuer's protest is a protest at disconnection. #coach
* [What's so terrible about being with me? #move:criticize]
    ~ mk_last = "criticize"
    ~ mk_push += 2
    What's so terrible about being with me, El? What have I done? #speaker:mark
    The hurt asks to be answered, and as a question about what is wrong with him it puts her in the dock. #coach
    -> mark_heating
* [Is there someone else? #move:blame]
    ~ mk_last = "blame"
    ~ mk_push += 2
    Is there someone else? Just tell me. I'd rather know. #speaker:mark
    It is his oldest fear, his dad's Sunday, and it arrives as an accusation. #coach
    -> mark_heating
- (answers)
{
- flooded("ellie"):
    Ellie nods, but she is a long way off. #move:ellie.withdraw
- received("ellie") == "misread":
    So it's your dad's fault I can't have an hour? #speaker:ellie #move:ellie.defend
    -> mark_misread_note ->
- state_of("ellie") == "escalated":
    I'm not him, Mark. I'm not him. #speaker:ellie #move:ellie.defend
- else:
    Ellie's eyes fill.
    I didn't know that's what it sounds like when I go. I'm not him. I'm coming back. Always. And I'll tell you when. #speaker:ellie #move:ellie.validate
}
-> mark_letting_go

=== mark_letting_go ===
~ temp room_ok = not flooded("ellie") && not flooded("mark") && state_of("ellie") != "escalated" && state_of("mark") != "escalated"
~ temp been_out = mk_errand && (mark_her_return > 0 || mk_went)
{
- mk_asked_direct && not mk_told:
    {
    - flooded("ellie"):
        Ellie has her coat on. She doesn't look at him. #move:ellie.withdraw
    - received("ellie") == "misread":
        Ellie stops in the doorway, her coat half on.
        You say that like I'm doing it to you. #speaker:ellie #move:ellie.defend
    - else:
        Ellie stops in the doorway, her coat half on, and looks at him as if she is seeing him.
        Thank you. #speaker:ellie #move:ellie.appreciate
    }
- been_out:
    It is getting on for nine. The film is paused. There are two pints of milk in the fridge door.
- else:
    It is twenty past seven. The film is paused. Her car keys are in the bowl by the door.
}
{
- state_of("mark") == "flooded":
    Mark's pulse is still pounding in his ears. #body:mark.flooded
}
<- mark_break_offer
* {not been_out} [Go on. Half eight. I'll keep it paused. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Go on. Half eight. I'll keep it paused. #speaker:mark
    -> mark_the_hour
* {been_out} [Next time, don't buy milk. Just say an hour, and when you'll be back. I'll manage. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Next time, don't buy milk. Just say: an hour, and when you'll be back. And go. I'll manage. #speaker:mark
    Saying yes ahead of time to space asked for straight: the hour tonight was already taken, the next one can be asked for. #coach
    -> mark_next_time
* {not been_out} [Stay. Please. Just tonight. Go tomorrow. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    Stay. Please. Just tonight. You can go tomorrow. #speaker:mark
    Asking for closeness is a fair thing to ask. Asked right after she has asked for an hour, it asks her to give the hour back. #coach
    {
    - flooded("ellie") || state_of("ellie") == "escalated" || received("ellie") == "misread":
        See, this is why I buy milk. #speaker:ellie #move:ellie.criticize
        -> mark_heating
    - else:
        ~ mk_stayed = true
        Ellie takes her coat off again, slowly.
        Okay. Just tonight. #speaker:ellie #move:ellie.withdraw
        She sits down under the blanket. The keys stay in the bowl.
        -> mark_the_film
    }
* {room_ok} [{been_out:Can we sit at the table a minute? Tell me what you need. Properly.|Before you go: tell me what you need. Properly. I want to know.} #move:turn_toward]
    ~ mk_last = "turn_toward"
    {been_out:Can we sit at the table a minute? Tell me what you need. Properly. I want to know.|Before you go. Can we sit at the table a minute? Tell me what you need. Properly. I want to know.} #speaker:mark
    -> mark_the_kitchen_table

// She has already had tonight's hour, the old way; the next one will be asked for.
=== mark_next_time ===
{
- flooded("ellie") || state_of("ellie") == "escalated":
    Ellie nods at the floor.
    Okay. #speaker:ellie #move:ellie.withdraw
- received("ellie") == "misread":
    You'll manage. Like it's a favour. #speaker:ellie #move:ellie.defend
- else:
    Ellie lets out a long breath.
    Next Friday. I'll say. An hour, and when. #speaker:ellie #move:ellie.ask_space
}
<- mark_break_offer
* [Film? It's still paused. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Film? It's still paused. #speaker:mark
* [And you'll come back. You will come back. #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    And you'll come back. You will, won't you? #speaker:mark
    The same question, asked once more. It is the fear talking; the answer can only come from the Fridays themselves. #coach
- They watch episode six with the blanket over both of them. #time:45
She had tonight's hour the old way, with a pint of milk; she told him what it was, and the next one she will ask for, with a time to come back. #ending:space_agreed
-> END

// He lets her go, and sits with the hour.
=== mark_the_hour ===
~ mk_where = "away_hour"
{
- flooded("ellie"):
    The door goes. #move:ellie.withdraw
- else:
    She kisses him on the way past.
    Half eight. #speaker:ellie #move:ellie.turn_toward
}
The Fiesta starts. He stands in the front room with the blanket over his arm. #time:5
It is the first time in a year she has gone out and told him what for. It is no easier. It is different. #time:10
<- mark_break_offer
* [Wash up, every pan. Ring Dougie about Sunday. Don't touch the film. #move:self_soothe]
    ~ mk_last = "self_soothe"
    He washes up every pan, and rings Dougie about Sunday, and doesn't touch the film. #time:30
    {
    - state_of("mark") == "calm":
        By eight his shoulders have come down. #body:mark.calm
    - else:
        By eight he is steadier, if not calm. #body:mark.settled
    }
    The pursuer's half of asking for space directly: when space is asked for, giving it, and Mark soothing his own alarm instead of asking Ellie to. #coach
* [Text her at eight: Enjoy it x #move:appreciate]
    ~ mk_last = "appreciate"
    He waits until eight, which takes some doing. #time:25
    Enjoy it x #speaker:mark
    {
    - flooded("ellie"):
        The message shows as read. #move:ellie.withdraw
    - else:
        I am. Thank you x #speaker:ellie #move:ellie.appreciate
    }
    One text, and not a question: it says the space is hers, and that he's still here. #coach
* [Text her at quarter to eight: You still ok? What time you back? #move:demand]
    ~ mk_last = "demand"
    He lasts until quarter to eight. #time:20
    You still ok? What time you back? x #speaker:mark
    {
    - flooded("ellie") || received("ellie") == "misread":
        Half eight. Like I said. #speaker:ellie #move:ellie.defend
    - else:
        Half eight, like I said. I'm fine x #speaker:ellie #move:ellie.dismiss
    }
    She said half eight. Asking again is the alarm asking for proof; the only proof is the time keeping itself. #coach
- (back)
~ mk_where = ""
At half past eight exactly her key turns in the lock. #time:20
{
- flooded("ellie") || state_of("ellie") == "escalated":
    She comes in quietly and hangs up her coat. #move:ellie.withdraw
- else:
    She comes in lighter than she went.
    Half eight. On the dot. #speaker:ellie #move:ellie.bid
}
She doesn't say what she did with the hour.
<- mark_break_offer
* [So where did you go? What did you do? #move:demand]
    ~ mk_last = "demand"
    So where did you go? What did you do? #speaker:mark
    {
    - flooded("ellie") || state_of("ellie") == "escalated" || received("ellie") == "misread":
        Out. I came back, didn't I? #speaker:ellie #move:ellie.defend
    - else:
        Ellie hesitates.
        Just somewhere quiet. Can that be mine for a bit? #speaker:ellie #move:ellie.ask_space
    }
    He wants the hour accounted for, so that it can't be the start of something. An hour that has to be reported on isn't quite hers; what she did with it is hers to tell, or not. #coach
* [You look better. I'm glad you went. #move:appreciate]
    ~ mk_last = "appreciate"
    You look better. I'm glad you went. #speaker:mark
* [Budge up. It's still paused. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Budge up. It's still paused. #speaker:mark
- (ending)
They watch episode six. He doesn't ask again. Tomorrow she will say she'd rather skip B&Q, and he will be disappointed, and say okay, and mean it more than he expects to. #time:45
{mk_asked_direct:She asked for an hour and said when she'd be back|She told him what the errands were for, and took the hour instead of the milk}; he let her go, and sat with the window, and she came back when she said. #ending:space_agreed
-> END

// Reaching each other.
=== mark_the_kitchen_table ===
They sit at the kitchen table, with the candle burnt down to a stub.
{
- flooded("ellie"):
    Ellie sits with her coat still on and can't find anything to say. #move:ellie.withdraw
- received("ellie") == "misread":
    Properly. That sounds like a talk I'm going to fail. #speaker:ellie #move:ellie.defend
    -> mark_misread_note ->
- else:
    Ellie takes a breath.
    One evening a week that's mine. Tuesdays, say. And to be able to say no to a plan without it being a wound. And I'd like you to have something of your own too. #speaker:ellie #move:ellie.ask_space
}
<- mark_break_offer
* [Tuesdays. Okay. I'll go to Dougie's. Or I'll hate it here, and then I'll get used to it. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Tuesdays. Okay. I'll go to Dougie's. Or I'll sit here and hate it, and then I'll get used to it. And you come back. #speaker:mark
    Saying yes to her space as a standing arrangement: a room in the marriage, not a hole in it. #coach
* [I've been lonely too. I thought if I held on tight enough it would stop. #move:share_vulnerable]
    ~ mk_last = "share_vulnerable"
    I've been lonely too. Right next to you. I thought if I held on tight enough it would stop. #speaker:mark
    His loneliness, said next to hers: the same hurt from both sides of the circle. #coach
* [Tuesdays? Every Tuesday? #move:criticize]
    ~ mk_last = "criticize"
    Tuesdays? Every Tuesday? #speaker:mark
    The alarm again, at the last step. It is a question; it sounds like a no. #coach
- (answers)
{
- flooded("ellie") || state_of("ellie") == "escalated":
    Ellie nods slowly.
    Okay. #speaker:ellie #move:ellie.withdraw
- received("ellie") == "misread":
    And I come back. Like I'm on a lead. #speaker:ellie #move:ellie.defend
- mk_last == "criticize":
    See. I knew it'd be like this. #speaker:ellie #move:ellie.defend
- mk_last == "share_vulnerable":
    Ellie reaches across the table and takes his hand.
    I've been so lonely, Mark. Right next to you. I don't want to be gone. I want to be me, and come back. #speaker:ellie #move:ellie.share_vulnerable
- else:
    Ellie laughs, wet-eyed.
    You'll love Dougie's. He'll make you watch the darts. #speaker:ellie #move:ellie.humor
}
{
- flooded("mark") || flooded("ellie") || state_of("ellie") == "escalated" || state_of("mark") == "escalated" || mk_last == "criticize" || received("ellie") == "misread":
    They don't get further tonight. {mk_errand && (mark_her_return > 0 || mk_went):She has had tonight's hour already, the old way, with a pint of milk. On Tuesday she asks for the next one, and is back when she said.|She goes for her hour at eight, later than she meant, says nine, and is back at nine.} #time:60
    Something true was said, and not all of it could be heard yet. The time to come back held anyway. #ending:space_agreed
    -> END
- cycle_stage() != "engage-engage" && cycle_stage() != "pursue-withdraw":
    They sit a while without talking. {mk_errand && (mark_her_return > 0 || mk_went):The hour tonight was the milk. On Tuesday she asks for one, and says when she'll be back, and is.|At eight she goes for her hour, says nine, and at nine she comes back.} #time:60
    Not everything reached her tonight; the hour, asked for and given, did. #ending:space_agreed
    -> END
}
They talk until the candle goes out: about his dad and the window, about {mk_told:the car park|her hour}, about the car boot, which she can skip. #time:30
{mk_errand && (mark_her_return > 0 || mk_went):On Tuesday she goes for her hour, and she's back when she said.|At nine she goes for her hour, says ten, and at ten she's back.} #time:60
Neither of them fixes anything. But she knows now that his holding on is fear, not a claim, and he knows that her going is not leaving. For the first time in a long while they are on the same side of it. #ending:reconnected
-> END

// ---------------------------------------------------------------------------------------------
// A break whenever Mark is flooded; the misread note.
// ---------------------------------------------------------------------------------------------

=== mark_break_offer ===
+ {flooded("mark") && mk_where == "shop"} [I need some air. I'll walk home through the park, twenty minutes. You bring the car. #move:take_break=20]
    ~ mk_last = "take_break"
    I need some air. I'll walk home through the park. Twenty minutes. You bring the car, and we'll try again at home. #speaker:mark
    Mark is over the flooding line himself, in a supermarket queue: words come out harder than he means. A pursuer taking the break, with a time to come back, is doing the hardest thing his alarm can be asked. #coach
    ~ mk_where = ""
    -> mark_call_break
+ {flooded("mark") && mk_where != "" && mk_where != "shop"} [{mk_where == "away_carpark":Stay in the van. Engine off, hands off the phone, twenty minutes of breathing.|Coat on. Phone on the hall table. Twenty minutes round the park.} #move:take_break=20]
    ~ mk_last = "take_break"
    -> mark_break_alone
+ {flooded("mark") && mk_where == ""} [I'm too wound up to do this well. I'm going to walk round the park, twenty minutes, and then I'll come back and we'll try again. #move:take_break=20]
    ~ mk_last = "take_break"
    I'm too wound up to do this well. I'm going to walk round the park. Twenty minutes, and then I'll come back and we'll try again. #speaker:mark
    Mark is over the flooding line himself: words come out harder than he means, and warm ones are hard to reach. A pursuer taking the break, with a time to come back, is doing the hardest thing his alarm can be asked. #coach
    -> mark_call_break

// A break while she is out: nobody to tell, nothing to answer; the twenty minutes are his.
=== mark_break_alone ===
{
- mk_where == "away_carpark":
    He stays in the van at the far end of the car park with the engine off, and puts the phone face down on the passenger seat. #time:10
    He doesn't look across at the Fiesta. He counts his breath, four in, six out, and lets the old alarm say its piece without doing what it says. #time:10
- else:
    He leaves his phone on the hall table and walks round Victoria Park in the rain, the long way, past the bowling green. #time:10
    He counts his breath, four in, six out, and lets the old alarm say its piece without doing what it says. #time:10
}
{
- state_of("mark") == "calm":
    Somewhere in there his shoulders come down. #body:mark.calm
- else:
    He is steadier than he was, if not calm yet. #body:mark.stirred
}
{
- not mk_taught_twenty:
    ~ mk_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman). Nobody else has to be told or asked: a break taken alone is still a break, as long as it is spent on something other than rehearsing the argument. #coach
}
{
- mk_where == "away_carpark":
    ~ mk_where = ""
    Then he drives home, before she does. #time:5
    -> mark_her_return
- mk_where == "away_hour":
    ~ mk_where = ""
    He is back in the front room with the blanket over his arm well before half past eight.
    -> mark_the_hour.back
- else:
    ~ mk_where = ""
    He is hanging his wet coat in the hall when her key goes in the lock.
    -> mark_her_return
}

=== mark_misread_note ===
{
- not mk_taught_misread:
    ~ mk_taught_misread = true
    He meant it warmly, and it was heard as the old claim: with goodwill worn thin, a kind sentence can land on a bruise (Weiss: sentiment override). Staying warm through a misfire is how the sentiment changes. #coach
}
->->

=== mark_call_break ===
~ mk_last = "take_break"
{
- mark_twenty_minutes == 0:
    -> mark_twenty_minutes
}
-> mark_last_break

// ---------------------------------------------------------------------------------------------
// The heat
// ---------------------------------------------------------------------------------------------

=== mark_heating ===
~ mk_where = ""
{
- flooded("ellie"):
    Ellie's face has gone blank, the way it does. She is looking at the paused screen and not seeing it. #move:ellie.stonewall
- state_of("ellie") == "escalated" || stance_of("ellie") == "defending":
    {
    - mk_followed:
        You followed me, Mark! I'm allowed to go out! I'm allowed to be a person! #speaker:ellie #move:ellie.criticize
    - mk_asked_direct || mk_told:
        I'm allowed an hour, Mark! I'm allowed to be a person! #speaker:ellie #move:ellie.criticize
    - mk_errand:
        It's milk, Mark! I'm allowed to go to the shop! #speaker:ellie #move:ellie.criticize
    - else:
        I've just walked in, Mark! Can I not have ten minutes? #speaker:ellie #move:ellie.criticize
    }
- else:
    Ellie folds her arms.
    I don't want to do this now. #speaker:ellie #move:ellie.defend
}
{
- state_of("mark") == "flooded":
    Mark's heart is pounding so hard he can hear it. #body:mark.flooded
- state_of("mark") == "escalated":
    Mark's heart is going fast. #body:mark.hot
- state_of("mark") == "activated":
    Mark can feel his pulse in his neck. #body:mark.stirred
}
He can feel the evening tipping, and which way he wants to push it: closer, harder, until she says it's all right.
* [Is there someone else? Is that it? #move:blame]
    ~ mk_last = "blame"
    ~ mk_push += 1
    Is there someone else? Is that it? Just tell me. #speaker:mark
    His father's Sunday, said as an accusation. It floods a partner faster than any complaint, and she can only defend or disappear. #coach
    -> mark_the_flood
* [Wait. I'm grabbing at you. I'm scared, that's all. Can I start again? #move:repair]
    ~ mk_last = "repair"
    ~ mk_push = MAX(mk_push - 2, 0)
    Wait. I'm grabbing at you. I can hear myself doing it. I'm scared, that's all. Can I start again? #speaker:mark
    A repair attempt that names what he is doing, and the fear under it. The problem becomes the grabbing, not her. #coach
    -> mark_repair_answer
* [I'm getting worked up. I'm going to walk round the park, twenty minutes, and then come back. #move:take_break=20]
    I'm getting worked up. I'm going to walk round the park. Twenty minutes, and then I'll come back. #speaker:mark
    {
    - flooded("mark") || flooded("ellie"):
        Someone is over the flooding line: this is the break the evening needs, and it comes with a time to come back. #coach
    - else:
        A break called early, before anyone is over the line, with a time to come back: a break, not an exit. #coach
    }
    -> mark_call_break
* [{mk_errand:Fine. Go and buy your milk, then.|Fine. Sit there and say nothing. You're good at it.} #move:contempt]
    ~ mk_last = "contempt"
    ~ mk_push += 1
    {mk_errand:Fine. Go and buy your milk, then.|Fine. Sit there and say nothing. You're good at it.} #speaker:mark
    Contempt, the sharpest of Gottman's horsemen: the sneer says he thinks less of her for needing it. #coach
    -> mark_the_flood

=== mark_repair_answer ===
{
- flooded("ellie"):
    Ellie nods, once, without looking at him. It isn't clear the words got through. #move:ellie.withdraw
    -> mark_the_flood
- received("ellie") == "misread":
    Start again so you can say it all twice? #speaker:ellie #move:ellie.defend
    -> mark_misread_note ->
    -> mark_the_flood
- state_of("ellie") == "escalated":
    She lets out a long breath.
    Yeah. Okay. #speaker:ellie #move:ellie.dismiss
- else:
    Ellie looks at him.
    Please. #speaker:ellie #move:ellie.turn_toward
}
{
- not mk_errand && not mk_asked_direct:
    -> mark_the_milk
- mark_the_truth == 0:
    -> mark_the_truth
- mark_his_fear == 0:
    -> mark_his_fear
}
-> mark_letting_go

=== mark_the_flood ===
~ temp ellie_was = state_of("ellie")
{
- flooded("ellie"):
    {
    - state_of("ellie") == "flooded":
        Ellie's breath has gone fast and shallow. #body:ellie.flooded
    }
    Sometimes I wish you'd just meet someone else. Some nice woman off your round. And go. #speaker:ellie #move:ellie.contempt
    ~ mk_wish_heard = true
- ellie_was == "escalated":
    You don't let me breathe, Mark! Every minute, every weekend, every text! #speaker:ellie #move:ellie.criticize
- else:
    Ellie picks up her keys from the bowl.
    I'm not doing this. #speaker:ellie #move:ellie.withdraw
}
{
- mk_wish_heard:
    Some nice woman. The Legion. His dad's car pulling away on a Sunday.
}
{
- state_of("mark") == "flooded":
    Mark's heart is going like a hammer. #body:mark.flooded
}
{
- mk_wish_heard && not mk_taught_flood:
    ~ mk_taught_flood = true
    A body past about 100 beats a minute says the worst thing it has (Gottman's flooding). Said in the flood, the wish can't be weighed: it may be a wish for a self, or a foot half out of the door, and tonight is not the night to find out which. It lands where his father left. #coach
}
<- mark_break_offer
* [Grab your coat and go out into the rain. #move:withdraw]
    ~ mk_last = "withdraw"
    He takes his coat and goes out of the front door into the rain, without a word.
    -> mark_the_door
* [Don't you walk out on me. Sit down. #move:demand]
    ~ mk_last = "demand"
    Don't you walk out on me. Sit down. We're finishing this. #speaker:mark
    Ordering a body that is shutting down to stay asks it to do the one thing it can't. It usually ends at the door. #coach
    -> mark_she_goes
* {not flooded("mark")} [Okay. We both need to stop. Twenty minutes. I'll walk round the park and come back. #move:take_break=20]
    Okay. We both need to stop. Twenty minutes. I'll walk round the park, and I'll come back. #speaker:mark
    -> mark_call_break
* [You're the one who keeps leaving. Every night, some errand. #move:blame]
    ~ mk_last = "blame"
    You're the one who keeps leaving, Ellie. Every night, some errand. #speaker:mark
    -> mark_she_goes

=== mark_she_goes ===
~ mk_walkout = flooded("ellie") || flooded("mark")
{
- flooded("ellie"):
    ~ mk_who_left = "car"
    Ellie takes the keys from the bowl and goes without her coat. The Fiesta starts. #move:ellie.withdraw
- else:
    ~ mk_who_left = "upstairs"
    Ellie goes upstairs and shuts the bedroom door. #move:ellie.withdraw
}
-> mark_after

=== mark_the_door ===
~ mk_walkout = flooded("ellie") || flooded("mark")
~ mk_who_left = "mark"
He walks fast, round the park and round again, and doesn't know how long. #time:5
-> mark_after

=== mark_after ===
{
- mk_who_left == "mark":
    He stops under the lamp by the park gates. He has his phone in his hand.
- mk_who_left == "upstairs":
    He sits on the bottom stair, under the bedroom door. He has his phone in his hand.
- else:
    He stands at the front window, where the Fiesta was. He has his phone in his hand.
}
{
- state_of("mark") == "flooded":
    His heart is still going hard. #body:mark.flooded
}
+ {flooded("mark")} [Put the phone away. Twenty minutes of nothing: breathe, four in, six out. #move:take_break=20]
    ~ mk_last = "take_break"
    He puts the phone in his pocket and breathes, four counts in, six out, and lets twenty minutes go by. #time:20
    {
    - state_of("mark") == "calm":
        By the end of it his hands are steady. #body:mark.calm
    - else:
        By the end of it he is steadier, if not calm. #body:mark.stirred
    }
    A break of his own, late. It can't undo what was said, and it means the next thing he sends won't come from the flood. #coach
* [{mk_who_left == "car":Text her: Where are you? Please. Where are you?|{mk_who_left == "mark":Text her: Are you still there? Don't go anywhere. Please.|Text her: Come down. Please. Just come down.}} #move:demand]
    ~ mk_last = "demand"
    {
    - mk_who_left == "car":
        Where are you? Please. Where are you? #speaker:mark
    - mk_who_left == "mark":
        Are you still there? Don't go anywhere. Please. #speaker:mark
    - else:
        Come down. Please. Just come down. #speaker:mark
    }
    {
    - flooded("ellie") || stance_of("ellie") == "stonewalling":
        The message shows as read. No reply. #move:ellie.stonewall
    - else:
        {mk_who_left == "car":I'm parked up. Leave it.|I'm here. Leave it.} #speaker:ellie #move:ellie.withdraw
    }
    His alarm, typing. A flooded partner can't be reached by a phone, and every message asks her to prove she isn't going. #coach
* [{mk_who_left == "car":Text her: I'm sorry. I'm scared, that's all. Come home when you're ready.|{mk_who_left == "mark":Text her: I'm sorry. I'm scared, that's all. I'll be back in an hour, if that's okay.|Text her: I'm sorry. I'm scared, that's all. Take as long as you need. I'll be downstairs.}} #move:repair]
    ~ mk_last = "repair"
    {
    - mk_who_left == "car":
        I'm sorry. I'm scared, that's all. Come home when you're ready. I'll be here. #speaker:mark
    - mk_who_left == "mark":
        I'm sorry. I'm scared, that's all. I'll be back in an hour, if that's okay. #speaker:mark
    - else:
        I'm sorry. I'm scared, that's all. Take as long as you need. I'll be downstairs. #speaker:mark
    }
    {
    - flooded("ellie"):
        The message shows as read. No reply. #move:ellie.withdraw
    - received("ellie") == "misread":
        {mk_who_left == "mark":If that's okay. Like I've got a say. #speaker:ellie #move:ellie.defend|When I'm ready. Thanks for the permission. #speaker:ellie #move:ellie.defend}
    - mk_who_left == "mark":
        Ok. An hour. #speaker:ellie #move:ellie.turn_toward
    - else:
        Ok. An hour. #speaker:ellie #move:ellie.ask_space=60
    }
    A repair after the fact. It can't undo the door, and it leaves it open. #coach
* [{mk_told || mk_followed:Text her: Go on then. Go to your car park.|Text her: Go on then. Go and find an errand.} #move:contempt]
    ~ mk_last = "contempt"
    {mk_told || mk_followed:Go on then. Go to your car park.|Go on then. Go and find an errand.} #speaker:mark
    {
    - flooded("ellie") || stance_of("ellie") == "stonewalling":
        The message shows as read. No reply. #move:ellie.stonewall
    - else:
        Fine. #speaker:ellie #move:ellie.withdraw
    }
    A message sent in contempt keeps the fight going after the room is empty. #coach
- (ending)
{
- mk_last == "repair" && mk_who_left == "upstairs":
    An hour later she comes down. She squeezes his shoulder on her way past. Neither of them knows how to start again, so neither of them does.
- mk_last == "repair":
    An hour later they are both in the house. She squeezes his shoulder on her way past. Neither of them knows how to start again, so neither of them does.
- mk_who_left == "upstairs":
    She doesn't come down. At midnight he goes up, and she is turned to the wall{mk_wish_heard:, and he hears "some nice woman" all night|, and they lie awake back to back}.
- mk_who_left == "mark":
    It is after eleven when he lets himself back in. The landing light is off. He sleeps in the spare room among the paint charts{mk_wish_heard:, and hears "some nice woman" all night}.
- mk_wish_heard:
    It is after eleven when the Fiesta pulls up at the kerb again. He sleeps in the spare room among the paint charts, and hears "some nice woman" all night.
- else:
    It is after eleven when the Fiesta pulls up at the kerb again. They go to bed back to back and lie awake.
}
{
- mk_walkout:
    Someone went out of the door in the heat of it, with no time agreed to come back{mk_last == "repair":; a way back was only texted afterwards}. {mk_who_left == "mark":The leaving he was most afraid of happened, and he was the one who did it.|{mk_who_left == "car":The leaving he was most afraid of happened.|She went behind a door instead of out of one, and it felt to him the same.}} #ending:walked_out
- else:
    Nobody was over the line; they just went apart, with no word about when they'd come back, and stayed apart. Nothing is settled, and the next errand is waiting. #ending:deadlock
}
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== mark_twenty_minutes ===
{
- flooded("ellie"):
    Ellie doesn't look at him. Her voice is flat and comes from a long way off.
    Go, then. #speaker:ellie #move:ellie.take_break
- state_of("ellie") == "escalated":
    Ellie nods at the floor.
    Twenty minutes. #speaker:ellie #move:ellie.take_break
- else:
    Ellie lets out a breath.
    Okay. Twenty minutes. #speaker:ellie #move:ellie.take_break
}
He takes his coat and walks round Victoria Park in the rain. The gates are shut; he walks the railings.
{
- state_of("mark") == "cooling":
    His pulse is still thudding. #body:mark.stirred
}
{
- not mk_taught_twenty:
    ~ mk_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if they are spent on something other than rehearsing the argument. A break has a time to come back, and no punishment in it. #coach
}
At the far corner he notices he is still arguing with her in his head. #time:4
Then the other alarm goes off, the old one: she's relieved. She's packing. She'll be gone when you get back; fix it now, before it sets. #time:2
* {flooded("mark")} [Set his phone to ring in twenty minutes, put it away, and let the alarm ring itself out. #move:take_break=20]
    -> alarm_set
* {not flooded("mark")} [Set his phone to ring in twenty minutes, put it away, and let the alarm ring itself out. #move:self_soothe]
    -> alarm_set
* [Text her: Are we okay? x #move:bid]
    ~ mk_cut_short = "text"
    ~ mk_last = "bid"
    Are we okay? x #speaker:mark
    -> cut_short
* [Turn round and go home now. Better to sort it than walk round this scared. #move:ask_closeness]
    ~ mk_cut_short = "early"
    ~ mk_last = "ask_closeness"
    He turns round at the corner and is back in the house before ten minutes are up.
    I couldn't stay out there. Can we just sort it? Please? #speaker:mark
    -> cut_short

= alarm_set
He sets the phone to ring, puts it in his pocket, and lets the fear say its piece without doing what it says.
He walks the long way round, past the bowling green, counting his breath: four in, six out. #time:7
On the bench by the bandstand he sits in the wet and watches a man throw a ball for a dog that won't bring it back. #time:5
{
- state_of("mark") == "calm":
    Somewhere in there his shoulders come down. #body:mark.calm
- else:
    He is steadier than he was, if not calm yet. #body:mark.stirred
}
The phone rings at the top of the road, and he turns for home. #time:6
-> mark_the_return

= cut_short
{
- mk_cut_short == "early" && flooded("ellie"):
    Ellie is on the end of the sofa. She looks at him as if he has come back with more.
    You said twenty minutes. #speaker:ellie #move:ellie.defend
- mk_cut_short == "early":
    Ellie looks up, startled.
    Already? I'm not there yet, Mark. Give me the rest of it. #speaker:ellie #move:ellie.ask_space=10
- flooded("ellie"):
    The message shows as read straight away. Then nothing. Then two words.
    Not now. #speaker:ellie #move:ellie.withdraw
- received("ellie") == "misread":
    The message shows as read. Then a reply.
    You said twenty minutes. Can you not? #speaker:ellie #move:ellie.defend
- else:
    The message shows as read. Then a reply.
    I'm okay. Finish your walk. #speaker:ellie #move:ellie.ask_space=10
}
{
- flooded("ellie"):
    Reaching into a break, even gently, starts it over for a body still cooling: the twenty minutes only count if nothing cuts into them. The reach is the pursuer's alarm talking, not a failing. #coach
- else:
    She was steady enough to take it. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
{
- state_of("mark") == "flooded":
    Mark's heart is hammering again. #body:mark.flooded
}
* {mk_cut_short == "text"} [Write back: Okay. Sorry. Twenty minutes, properly. I won't text again. #move:take_break=20]
    Okay. Sorry. Twenty minutes, properly. I won't text again. #speaker:mark
    -> restart
* {mk_cut_short == "early"} [You're right. I'm going back out. Twenty minutes, properly. #move:take_break=20]
    You're right. I'm going back out. Twenty minutes, properly this time. #speaker:mark
    -> mark_call_break
* [Fine. Forget it, then. #move:withdraw]
    ~ mk_last = "withdraw"
    Fine. Forget it, then. #speaker:mark
    He comes home and goes straight up to the spare room and sits among the paint charts. #time:20
    The break was broken and nobody started it again. Nothing is settled; tomorrow there is the car boot. #ending:deadlock
    -> END

= restart
~ mk_last = "take_break"
He puts the phone in his pocket, screen in, and walks the loop again, the long way. #time:8
He doesn't look at the phone once. It is harder than it sounds. #time:8
The rain stops. He stands at the railings and watches the bandstand drip, for no reason at all. #time:6
This time he comes back when he said he would. #time:2
-> mark_the_return

=== mark_the_return ===
When the twenty minutes are up he lets himself in.
{
- flooded("ellie"):
    Ellie is on the sofa with her knees up. Her face is still closed.
    You came back. #speaker:ellie #move:ellie.withdraw
- state_of("ellie") == "escalated" || state_of("ellie") == "activated":
    Ellie is at the kitchen table with her arms folded.
    Okay. You're back. #speaker:ellie #move:ellie.defend
- else:
    Ellie has put the kettle on. She hands him a tea.
    You came back when you said. I'm sorry it got like that. #speaker:ellie #move:ellie.repair
}
<- mark_break_offer
* [I'm sorry. I grabbed at you. I made your hour into a leaving. #move:own_part]
    ~ mk_last = "own_part"
    I'm sorry. I grabbed at you. {mk_asked_direct:You asked for an hour, properly, and I made it a leaving.|You needed an hour, and I made it a leaving.} #speaker:mark
    Coming back softer than he left: owning his part is what lets the break pay off. #coach
* [Can we just sit for a minute before we talk? #move:ask_closeness]
    ~ mk_last = "ask_closeness"
    Can we just sit for a minute, before we talk? #speaker:mark
    Asking for closeness without asking for an answer yet. #coach
* [So. Are you going to tell me where you really go? #move:criticize]
    ~ mk_last = "criticize"
    So. Are you going to tell me where you really go? #speaker:mark
    Coming back with the same charge restarts the cycle: a break only works if both come back softer than they left. #coach
    {
    - flooded("ellie") || state_of("ellie") == "escalated":
        Ellie looks at the table.
        Apparently not. #speaker:ellie #move:ellie.withdraw
    - else:
        Her face closes.
        I was going to. #speaker:ellie #move:ellie.withdraw
    }
    They watch the film in silence, at opposite ends of the sofa. #time:45
    They stopped and came back, and brought the fight back with them. Nothing is settled, and nothing is worse. #ending:deadlock
    -> END
- (answers)
{
- flooded("ellie"):
    Ellie nods. She can't say more yet. #move:ellie.withdraw
- received("ellie") == "misread":
    A leaving. You make it sound like I'm packing. #speaker:ellie #move:ellie.defend
- mk_last == "own_part" && state_of("ellie") == "calm":
    Ellie looks at her tea.
    I should have asked you months ago. Instead of the milk. Most of the errands aren't errands, Mark. I sit in the car. #speaker:ellie #move:ellie.share_vulnerable
- else:
    Yeah. Okay. #speaker:ellie #move:ellie.turn_toward
}
<- mark_break_offer
* [Tonight, the film. Tomorrow, have the afternoon. Back for tea. #move:turn_toward]
    ~ mk_last = "turn_toward"
    Tonight, the film, if you want it. And tomorrow, have the afternoon. Skip B&Q. Back for tea. #speaker:mark
    {
    - flooded("ellie"):
        Ellie nods, slowly. #move:ellie.take_break
    - received("ellie") == "misread":
        Have it. Like you're giving it to me. #speaker:ellie #move:ellie.defend
    - else:
        Ellie's face loosens.
        Back for tea. #speaker:ellie #move:ellie.appreciate
    }
* [Can we finish this tomorrow, slower? Over breakfast. #move:repair]
    ~ mk_last = "repair"
    Can we finish this tomorrow, slower? Over breakfast, before the car boot. #speaker:mark
    {
    - flooded("ellie"):
        Tomorrow. #speaker:ellie #move:ellie.take_break
    - else:
        Tomorrow. You're doing eggs. #speaker:ellie #move:ellie.humor
    }
- (ending)
They watch episode six with the blanket over both of them. It isn't a cold quiet; it's two people resting. #time:45
They stopped when they needed to and came back when they said. The evening didn't get the last word. #ending:break_and_return
-> END

=== mark_last_break ===
{
- flooded("ellie"):
    Ellie doesn't look up.
    Okay. #speaker:ellie #move:ellie.take_break
- else:
    Okay. Yeah. Twenty minutes. #speaker:ellie #move:ellie.take_break
}
This time nobody reaches into it. He walks round the park, the long way, past the bowling green. #time:12
He sits on the wet bench by the bandstand and counts his breath. #time:10
{
- state_of("mark") == "calm":
    When he goes back in, his hands are steady. #body:mark.calm
- else:
    When he goes back in he is steadier, if not calm. #body:mark.stirred
}
They don't finish it tonight. They agree to try again in the morning, slower. #time:3
The evening needed the break twice; the second time, they let it be one. #ending:break_and_return
-> END
