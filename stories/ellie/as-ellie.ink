// As Ellie — the player is Ellie (the distancer); Mark is simulated by the model.
// Adapted from comment 4 (Ellie) in 002_612bd878bc8560af.txt: smothered and lonely at once,
// she invents errands to be alone, guards "that last bit of privacy", and half hopes he will
// meet someone else, a thought she is ashamed of.
//
// Shape of the mode:
//   the hall          ellie_start -> ellie_the_hall (his hug and tomorrow's plan)
//   the table         ellie_the_table (her day, his day)
//   the itch          ellie_the_itch: the errand, the direct ask, or the phone
//   the errand        ellie_the_errand -> ellie_car_park (the thought, met or not) -> ellie_coming_home
//                     -> ellie_the_film                                         (#ending:hollow_peace)
//                     or the truth told at any of these -> ellie_the_ask
//   the phone         ellie_the_sofa -> the truth, the errand, or the heat
//   the ask           ellie_the_ask -> ellie_his_fear -> ellie_the_time          (#ending:space_agreed)
//                     -> ellie_the_kitchen_table                                 (#ending:reconnected)
//   the heat          ellie_heating -> ellie_the_flood -> ellie_drives_off       (#ending:walked_out)
//   the break         ellie_call_break -> ellie_twenty_minutes (the car at the end of the road; Mark may
//                     text or come out into it, which floods again) -> ellie_the_return
//                     -> ellie_break_ending                                      (#ending:break_and_return)
//
// Which track the story takes follows Ellie's choices (el_heat); what Mark says follows the model:
// flooded / state_of / stance_of, and received("mark"): a request for space can be heard as leaving.
// Whenever Ellie is flooded at a choice point, a break is on offer (ellie_break_offer).

VAR el_heat = 0            // +1 for each pressing or stonewalling move of hers; -1 for each that calms
VAR el_last = ""           // Ellie's last move
VAR el_plan = ""           // how she met tomorrow's plan: along | soft | slipped
VAR el_kerb = ""           // outside the house: sat | texted | straight
VAR el_walkout = false     // someone was over the flooding line when the door went
VAR el_tomorrow = false    // in front of the film she asked to talk about "every night" tomorrow
VAR el_where = ""          // after the door: car (she drove off) | he_left (he went out) | upstairs (he is at the door) | upstairs_he_out
VAR el_back_at = "half eight" // when she said she'd be back from her hour
VAR el_mark_spoke = false      // Mark has just asked why she needs to get away, on the way into the heat
VAR el_been_out = false    // she has had tonight's time alone already, the old way (the car park)
VAR el_took_back = false   // she asked for her hour and then gave it back
VAR el_told_car = false    // Mark knows about the car park
VAR el_errand = false      // she has used the milk
VAR el_told = false        // she has told him the errands were never errands
VAR el_asked = false       // she has asked directly for time alone, with a time to come back
VAR el_met_thought = false // in the car park she let the thought about another woman finish
VAR el_texted_truth = false
VAR el_he_told = false     // Mark has told her about his dad going "out"
VAR el_wish_said = false   // the wish came out in the fight
VAR el_misfired = false    // her soft start-up or her ask was heard as an attack or a leaving
VAR el_came_along = false  // Mark came to the shop with her
VAR el_cut_short = ""      // how her break was cut into: text | door
VAR el_sketchbook = false  // she has told him about the sketchbook
VAR el_taught_twenty = false
VAR el_taught_misread = false
VAR el_taught_ask = false
VAR el_taught_flood = false
VAR el_taught_errand = false

=== ellie_start ===
Friday, ten to seven, and raining. Ellie lets herself into the house on Albert Road after ten hours behind the counter at the chemist on Castle Street.
Two hundred and twelve prescriptions. Nadia off sick. A man shouting about a methadone script that wasn't her fault. She has said "Is it for yourself?" perhaps eighty times, and she has been kind each time.
The house smells of Mark's lamb curry, his mum's recipe. He has been home since two: the round starts at half five and finishes after lunch. There is a candle on the table. The Danish detective thing is paused on the telly, episode six, waiting for her.
He texted her at ten, at twelve and at four. The last one said: Can't wait to see you x
Nine years married. Ellie loves him, she thinks. She also feels, lately, as if the walls of every room he is in move in a little.
-> ellie_the_kerb

=== ellie_the_kerb ===
She parks the Fiesta outside the house and doesn't get out. Through the front window: the candle, the blue light of the paused telly, Mark moving about in the kitchen.
The engine ticks as it cools. In the glovebox there is a sketchbook Mark doesn't know about. Five more minutes of nobody.
* [Sit for five minutes with the engine off, and breathe. #move:self_soothe #time:5]
    ~ el_last = "self_soothe"
    ~ el_kerb = "sat"
    She sits with her hands in her lap and breathes, four counts in, six out, and watches the rain run down the windscreen.
    Five minutes in a parked car outside her own house. Self-soothing, and also a sign of how little room there is for it anywhere else. #coach
* [Text him: Home in 5 x, and sit for the five. #move:bid #time:5]
    ~ el_last = "bid"
    ~ el_kerb = "texted"
    Home in 5 x #speaker:ellie
    {
    - received("mark") == "misread":
        Five?? You're outside, I can see the car! #speaker:mark #move:mark.criticize
    - else:
        Can't wait!! x #speaker:mark #move:mark.bid
    }
    He can see the car from the window. She knows he can.
* [Go straight in. He's been waiting since two. #move:turn_toward]
    ~ el_last = "turn_toward"
    ~ el_kerb = "straight"
    She takes her bag and goes straight in. He has been waiting since two.
- -> ellie_the_hall

=== ellie_the_hall ===
Mark is in the hall before she has her coat off. He hugs her, and the hug goes on.
{
- el_kerb == "sat" && state_of("mark") != "calm":
    I saw you pull up. You were ages out there! I thought something had happened. #speaker:mark #move:mark.criticize
- el_kerb == "sat":
    I saw you pull up. You were ages! Come here. I've missed you all day. #speaker:mark #move:mark.bid
- else:
    There she is. I've missed you all day. #speaker:mark #move:mark.bid
}
And I've sorted tomorrow: car boot at the racecourse at seven, Mum's for lunch, then B&Q for the paint for the spare room. Whole day, just us. #speaker:mark #move:mark.bid
{
- received("ellie") == "misread":
    Ellie hears the plan as a door closing: the whole of Saturday, gone before she had a say in it.
}
Somewhere inside the hug, Ellie counts: car boot, Mum's, B&Q. Saturday is gone, and so is Sunday, probably.
* [Hug him back. Curry. You're a star. Say nothing about tomorrow. #move:turn_toward]
    ~ el_plan = "along"
    ~ el_last = "turn_toward"
    Curry. You're a star. #speaker:ellie
    She says nothing about tomorrow. It is easier, and it is what she always does.
    Going along keeps the peace, and it costs something that doesn't show: each yes she doesn't mean is a little of herself she gives up without saying so. #coach
* [I'm glad to be home. I feel a bit crowded when the whole weekend's booked before my coat's off. I'd like us to plan tomorrow together, later. #move:soft_startup]
    ~ el_plan = "soft"
    ~ el_last = "soft_startup"
    I'm glad to be home. I feel a bit crowded when the whole weekend's booked before I've got my coat off. I'd like us to plan tomorrow together, later on. #speaker:ellie
    A soft start-up: a feeling, a moment, a wish, and no verdict on him. It asks for a small thing that can be given. #coach
* [Mm. Lovely. Slip out of the hug and go up to change. #move:dismiss]
    ~ el_plan = "slipped"
    ~ el_last = "dismiss"
    ~ el_heat += 1
    Mm. Lovely. I'll just go and change. #speaker:ellie
    She is up the stairs before he can say anything else.
    Slipping away buys five minutes. It also leaves him with a plan nobody has said yes to, and a wife who went upstairs. #coach
- (answers)
{
- received("mark") == "misread" && el_plan == "soft":
    ~ el_misfired = true
    ~ el_taught_misread = true
    Mark lets go of her.
    Crowded. Right. By me, you mean. I only wanted to do something nice. #speaker:mark #move:mark.criticize
    She said it gently, and it landed on something sore in him. With goodwill worn thin, a soft start-up can be heard as the old complaint (Weiss: sentiment override). That is not a failure of the words. #coach
- received("mark") == "misread" && el_plan == "along":
    ~ el_misfired = true
    Mark holds on a second too long, and lets go.
    You could sound a bit more pleased. I've been at it since three. #speaker:mark #move:mark.criticize
- el_plan == "soft" && state_of("mark") == "calm":
    Mark blinks, and then he laughs at himself.
    Sorry. I've been sat here since two with nobody to talk to. Later, then. We'll plan it together. #speaker:mark #move:mark.turn_toward
- el_plan == "soft":
    Oh. Okay. I just thought you'd like it. #speaker:mark #move:mark.bid
- el_plan == "slipped":
    He calls up the stairs after her.
    Ten minutes! It's on the table! #speaker:mark #move:mark.demand
- else:
    Mark beams and steers her into the kitchen by the shoulders.
    Sit, sit. I'll dish up. #speaker:mark #move:mark.bid
}
-> ellie_the_table

=== ellie_the_table ===
{
- el_plan == "slipped":
    She takes as long as she dares changing. Upstairs, with the door shut, she can hear her own breath. Then she goes down.
}
Mark serves the curry and sits close, at the corner of the table, not across. He tells her about his round: Mrs Okafor's dog has had puppies, the van's heater is broken again, Dougie wants them for a walk on Sunday.
{
- flooded("mark"):
    He talks fast, not quite looking at her, as if silence might let something in. #move:mark.demand
- state_of("mark") == "escalated" || el_misfired:
    So. Your day. Or is that crowded as well? #speaker:mark #move:mark.criticize
- else:
    Anyway. Tell me about your day. All of it. I want to hear it. #speaker:mark #move:mark.bid
}
{
- state_of("ellie") == "escalated" || state_of("ellie") == "flooded":
    Ellie's heart is going hard, and she is not sure why: nothing has happened. #body:ellie.hot
- state_of("ellie") == "activated":
    Ellie can feel her shoulders up round her ears. #body:ellie.stirred
}
All of it. She has been telling people things all day. There is nothing left in her that wants to be told.
<- ellie_break_offer
* [Tell him about the man who shouted about his methadone. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_heat = MAX(el_heat - 1, 0)
    There was a man today. His script was late from the surgery and he stood at the counter and shouted at me for ten minutes. I kept smiling. My face still hurts from it. #speaker:ellie
    Letting him in, a little. It costs her the last of her talk, and it is the kind of thing a marriage is made of. #coach
* [Fine. Busy. How was yours? You said the van's heater? #move:dismiss]
    ~ el_last = "dismiss"
    Fine. Busy. How was yours? You said the van's heater? #speaker:ellie
    Deflecting back to him is kind in its way: he gets to talk, she gets to stay quiet. It also tells him nothing, and he will notice. #coach
* [I'm talked out, love. Can we just eat for ten minutes, no talking? Then I'll tell you. #move:ask_space=10]
    ~ el_last = "ask_space"
    ~ el_asked = true
    ~ el_heat = MAX(el_heat - 1, 0)
    I'm talked out, love. Can we just eat for ten minutes, no talking? Then I'll tell you. #speaker:ellie
    {
    - not el_taught_ask:
        ~ el_taught_ask = true
        A small, direct ask for space, with a time to come back (Lerner: ask for distance as plainly as for closeness). Ten minutes can be given; "leave me alone" can't. #coach
    }
* [Get your phone out under the table and scroll. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_heat += 1
    Ellie gets her phone out under the table and scrolls through nothing: a sale, a recipe, somebody's holiday.
    The phone is a door she can go through without leaving the room. He is still on the other side of it. #coach
- (answers)
{
- flooded("mark"):
    Mark pushes his curry round the plate and says nothing. #move:mark.withdraw
- received("mark") == "misread" && el_last == "ask_space":
    ~ el_misfired = true
    No talking. Right. I've been on my own since two, Ellie. #speaker:mark #move:mark.criticize
    -> ellie_misread_note ->
- received("mark") == "misread":
    ~ el_misfired = true
    {
    - el_last == "share_vulnerable":
        You could have rung me. You never ring me. I'm sat here all afternoon. #speaker:mark #move:mark.defend
    - el_last == "dismiss":
        Fine. Busy. That's all I get, is it? #speaker:mark #move:mark.defend
    - else:
        Is that more interesting than me, then? #speaker:mark #move:mark.defend
    }
    -> ellie_misread_note ->
- el_last == "withdraw" && state_of("mark") != "calm":
    Who's that, then? Someone more interesting? #speaker:mark #move:mark.criticize
- el_last == "withdraw":
    He watches her thumb move on the screen. He says nothing for a moment, and then he says something about the dog again. #move:mark.bid
- el_last == "ask_space":
    Mark opens his mouth, closes it, and nods. They eat. It is the longest he has been quiet all evening. #move:mark.turn_toward
    After ten minutes he puts his fork down, very gently, as if the quiet might break. #time:9
- el_last == "dismiss":
    Oh, the heater. Don't get me started. It's like driving a fridge. #speaker:mark #move:mark.bid
- state_of("mark") == "activated":
    That's awful. You should've rung me. I'd have come down. #speaker:mark #move:mark.validate
- else:
    Mark puts his fork down.
    Ten minutes of that? You should have rung me. I'd have come down and stood behind you with my arms folded. #speaker:mark #move:mark.validate
}
-> ellie_the_itch

=== ellie_the_itch ===
~ temp mark_hot = flooded("mark") || state_of("mark") == "escalated"
After the curry Mark gets the blanket off the back of the sofa and the salted caramel things he bought specially.
{
- mark_hot:
    Film, then. If you can stand to sit with me for an hour. #speaker:mark #move:mark.criticize
- else:
    Right. Blanket, film, caramels. And tomorrow, car boot at seven. Perfect Friday. #speaker:mark #move:mark.ask_closeness
}
{
- state_of("ellie") == "flooded":
    Ellie's heart is hammering now. The sofa looks like something she will not be able to get up from. #body:ellie.flooded
- state_of("ellie") == "escalated":
    Ellie's pulse is up. She knows the feeling: the walls coming in. #body:ellie.hot
- else:
    Ellie knows the feeling: the walls coming in, politely.
}
She needs an hour that is hers. Not away from him, exactly. Just hers. For months she has got it the same way.
<- ellie_break_offer
* [We're out of milk. I'll nip to the big Sainsbury's before the film. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_errand = true
    Oh, we're out of milk. I'll nip to the big Sainsbury's before we start. #speaker:ellie
    There is half a pint in the fridge door. She knows it is there.
    -> ellie_the_errand
* [I need an hour on my own tonight. Not away from you, just on my own. I'll be back at half eight, and I want to watch the film with you then. #move:ask_space=60]
    ~ el_last = "ask_space"
    ~ el_asked = true
    ~ el_heat = MAX(el_heat - 1, 0)
    Mark. I need an hour on my own tonight. Not away from you, just on my own. I'll be back at half eight, and I want to watch the film with you then. #speaker:ellie
    {
    - not el_taught_ask:
        ~ el_taught_ask = true
        Asking for space directly, with a time to come back and a way back in: Lerner's advice, and the seed's. It risks his hurt in the open instead of a lie in the dark. #coach
    - else:
        The same direct ask, bigger this time: an hour, a time to come back, and a way back in. #coach
    }
    -> ellie_the_ask
* [Sit down under the blanket with him, and disappear into your phone. #move:stonewall]
    ~ el_last = "stonewall"
    ~ el_heat += 1
    -> ellie_the_sofa

// ---------------------------------------------------------------------------------------------
// A break, whenever Ellie is flooded; the misread note; her own mishearing.
// ---------------------------------------------------------------------------------------------

=== ellie_break_offer ===
+ {flooded("ellie")} [I'm too wound up to do this. I need twenty minutes on my own, in the car. I'm not going anywhere. Twenty minutes, and I'll come back in. #move:take_break=20]
    ~ el_last = "take_break"
    I'm too wound up to do this properly. I need twenty minutes on my own, in the car, outside. I'm not going anywhere. Twenty minutes, and I'll come back in. #speaker:ellie
    Ellie is over the flooding line herself. Calling the break on herself, with a place and a time to come back, is the skill: a break, not an exit. #coach
    -> ellie_call_break

=== ellie_misread_note ===
{
- not el_taught_misread:
    ~ el_taught_misread = true
    She meant it as she said it, and he heard the old thing: with goodwill worn thin, her words can land as one more sign that she would rather be elsewhere, and to someone afraid of being left, a wish for space sounds like leaving (Weiss: sentiment override). Staying clear and warm through a misfire is how the sentiment changes. #coach
}
->->

=== ellie_call_break ===
~ el_last = "take_break"
{
- ellie_twenty_minutes == 0:
    -> ellie_twenty_minutes
}
-> ellie_last_break

// ---------------------------------------------------------------------------------------------
// The errand
// ---------------------------------------------------------------------------------------------

=== ellie_the_errand ===
{
- flooded("mark"):
    Milk. Course. Go on, then. #speaker:mark #move:mark.withdraw
- received("mark") == "let_go" || state_of("mark") == "calm":
    Now? I'll come with you. Give me two minutes to find my shoes. I'll drive. #speaker:mark #move:mark.ask_closeness
- state_of("mark") == "escalated":
    You've only just got in. You're always nipping out. #speaker:mark #move:mark.criticize
- else:
    Now? I've just got the blanket out. Can't it wait till the morning? #speaker:mark #move:mark.bid
    I'll come with you, then. I'm shattered, but I'll come. #speaker:mark #move:mark.ask_closeness
}
{
- not flooded("mark") && state_of("mark") != "escalated":
    He is already looking for his shoes. He has been up since half four, and he would go round Sainsbury's on his knees to be next to her.
}
<- ellie_break_offer
* [No, no, you stay. You're shattered. I'll be twenty minutes. #move:dismiss]
    ~ el_last = "dismiss"
    No, no, you stay. You're shattered. I'll be twenty minutes. #speaker:ellie
    {
    - flooded("mark"):
        Mark doesn't answer. He sits down with the blanket over his knees. #move:mark.withdraw
    - else:
        Mark sits back down, slowly, with the blanket.
        Twenty minutes. I'll keep it paused. #speaker:mark #move:mark.withdraw
    }
    -> ellie_car_park
* [Let him come. #move:turn_toward]
    ~ el_last = "turn_toward"
    ~ el_came_along = true
    ~ el_back_at = "nine"
    Okay. Come on, then. #speaker:ellie
    -> ellie_the_aisle
* [Stop. Tell him the truth: It's not the milk. #move:own_part]
    ~ el_last = "own_part"
    ~ el_told = true
    ~ el_heat = MAX(el_heat - 1, 0)
    Mark. Wait. It's not the milk. There's milk in the fridge. There nearly always is. #speaker:ellie
    Owning her part, the hardest way: the errand was a lie, and saying so hands him something that will hurt. It is also the first true thing she has said about it in months. #coach
    -> ellie_the_truth

=== ellie_the_aisle ===
They go together in the Fiesta. Mark drives, and talks about the spare room the whole way. #time:10
In the big Sainsbury's he pushes the trolley though they only need milk, and puts things in it: the yoghurt she likes, a bag of satsumas, a card for his mum. He holds her hand in the queue.
{
- flooded("mark") || state_of("mark") == "escalated":
    He holds it a bit too tightly, and doesn't say much. #move:mark.withdraw
- else:
    This is nice, isn't it? Us. Even in here. #speaker:mark #move:mark.ask_closeness
}
{
- state_of("ellie") == "flooded":
    Ellie's chest is tight. There is nowhere in this whole bright shop where nobody wants anything from her. #body:ellie.flooded
- state_of("ellie") != "calm":
    Ellie looks at the trolley bays through the window, where she would have parked, and sat, alone. #body:ellie.stirred
- else:
    Ellie looks at the trolley bays through the window, where she would have parked, and sat, alone.
}
<- ellie_break_offer
* [Yeah. It's nice. Squeeze his hand. #move:turn_toward]
    ~ el_last = "turn_toward"
    Yeah. It's nice. #speaker:ellie
    She squeezes his hand, and the queue moves, and she feels about as far away as she has ever felt from anybody.
    The smallest lie of the evening, and the loneliest: she is with him, and nobody is there. Smothered and lonely at once, the comment says; this is what that looks like from outside. #coach
    -> ellie_the_film
* [In the car park, before he starts the engine: Mark, I didn't need milk. I needed to be on my own. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_told = true
    They are back in the Fiesta, the shopping on her knee. She says it before he can turn the key.
    Mark, I didn't need milk. There's milk at home. I needed to be on my own for an hour, and I didn't know how to say it. #speaker:ellie
    -> ellie_the_truth
* [Say nothing, and let go of his hand to check the date on the milk. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_heat += 1
    She lets go of his hand to check the date on the milk, and doesn't take it back.
    {
    - flooded("mark") || state_of("mark") != "calm":
        You could've just said you didn't want me to come. #speaker:mark #move:mark.criticize
        They pay, and drive home with the wipers going and nobody talking. #time:12
        -> ellie_heating
    }
    -> ellie_the_film

// The car park: the hour she stole, and the thought that lives in it.
=== ellie_car_park ===
She drives to the big Sainsbury's on the ring road, parks at the far end by the trolley bays, and turns the engine off.
She doesn't go in. She hasn't gone in for months, not straight away.
She takes the sketchbook out of the glovebox and draws the trolley bays under the orange lights, badly, and it is the best twenty minutes of her week. #time:10
Her phone buzzes.
{
- flooded("mark"):
    You there? #speaker:mark #move:mark.demand
- else:
    Get the good yoghurt? The Greek one. Miss you x #speaker:mark #move:mark.bid
}
And then the thought comes, the one that always comes here, in the car park, with the engine off: that he might meet someone. A nice woman from his round. That he might fall in love with her and go, and be happy, and it would not be Ellie's doing.
She is ashamed of it every time.
<- ellie_break_offer
* [Let the thought finish, for once, instead of pushing it away. #move:self_soothe]
    ~ el_last = "self_soothe"
    ~ el_met_thought = true
    ~ el_heat = MAX(el_heat - 1, 0)
    She lets it finish, for once, instead of pushing it away.
    She doesn't know any more if she wants him gone. She knows she wants to be allowed to be gone for an hour, and she has never once asked.
    A wish for a partner to leave can be a wish for a self, or a foot half out of the door; only looking at it tells which, and she may not know for a while. Meeting the thought, instead of hiding from it, is where asking starts. #coach
    {
    - state_of("ellie") == "calm":
        She breathes out. Her hands are steady on the sketchbook. #body:ellie.calm
    - else:
        She breathes out, slowly. She is steadier, if not calm. #body:ellie.stirred
    }
* [Text back: Massive queue! Home soon x #move:dismiss]
    ~ el_last = "dismiss"
    Massive queue! Home soon x #speaker:ellie
    There is no queue. There is no shopping. The lie is small and it is also the whole problem: he cannot answer a need he has never been told about. #coach
* [Text the truth: I'm not in the queue. I'm sitting in the car. I needed an hour on my own. I'll be home at eight. #move:ask_space=30]
    ~ el_last = "ask_space"
    ~ el_texted_truth = true
    ~ el_told = true
    ~ el_asked = true
    ~ el_told_car = true
    I'm not in the queue. I'm sitting in the car in the car park. I needed an hour on my own. I'm okay. I'll be home at eight, and we'll watch it then x #speaker:ellie
    {
    - not el_taught_ask:
        ~ el_taught_ask = true
        The truth, and a time to come back: a direct ask for space, even by text, from a car park. Lerner: say what you need, and say when you'll be back. #coach
    }
* [Turn the phone face down and keep drawing. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_heat += 1
    She turns the phone face down on the passenger seat and draws the trolley bays again.
    Not answering is peace for her, and a silence for him to fill with whatever he fears most. #coach
- (answers)
{
- el_last == "self_soothe":
    Twenty minutes later she goes in and buys milk she doesn't need, and the Greek yoghurt. #time:20
- el_texted_truth && received("mark") == "misread":
    ~ el_misfired = true
    His answer comes fast.
    On your own from what? From me? #speaker:mark #move:mark.criticize
    -> ellie_misread_note ->
    She can't answer that by text. She closes the sketchbook and drives home. #time:10
- el_texted_truth && flooded("mark"):
    The message shows as read. Nothing comes back. #move:mark.withdraw
    She sits with the phone in her lap for a quarter of an hour, and then she drives home. #time:15
- el_texted_truth:
    The dots come and go, and come and go.
    Okay. I didn't know. Eight. I'll be here x #speaker:mark #move:mark.turn_toward
    She draws until ten to eight, and then she drives home, as she said. #time:25
- el_last == "withdraw":
    The phone buzzes twice more against the seat. She doesn't look. #time:15
    Ellie? #speaker:mark #move:mark.demand
- flooded("mark"):
    Ok. #speaker:mark #move:mark.withdraw
    She sits another twenty minutes, then buys milk and the yoghurt. #time:20
- else:
    Haha ok. Drive safe x #speaker:mark #move:mark.bid
    She sits another twenty minutes, then buys milk and the yoghurt. #time:20
}
-> ellie_coming_home

=== ellie_coming_home ===
~ temp mark_hot = flooded("mark") || state_of("mark") == "escalated"
~ el_been_out = true
She lets herself in {el_texted_truth:with nothing in her hands|with the milk}. The film is still paused on the first frame. Mark is on the sofa with the blanket, exactly where she left him.
{
- el_texted_truth && mark_hot:
    Your text. I've read it about twenty times. Have I done something? Is it me? #speaker:mark #move:mark.blame
- el_texted_truth && not mark_hot:
    Mark gets up when she comes in.
    You were in the car park. The whole time? #speaker:mark #move:mark.bid
- mark_hot:
    Forty minutes. For milk. #speaker:mark #move:mark.criticize
- state_of("mark") == "activated":
    You were ages. I was about to send out a search party. #speaker:mark #move:mark.bid
- else:
    There she is. Did they have the Greek one? #speaker:mark #move:mark.bid
}
{
- state_of("ellie") == "flooded":
    Ellie's heart lurches. She stands in the doorway with {el_texted_truth:her car keys|the bag of milk} like evidence. #body:ellie.flooded
- el_met_thought:
    She stands in the doorway with the milk, and with the thought she let finish in the car park, still not sure what it means.
}
<- ellie_break_offer
* {not el_texted_truth} [Hold up the milk. Massive queue. Let's watch the film. #move:dismiss]
    ~ el_last = "dismiss"
    Massive queue. Come on, let's watch it. #speaker:ellie
    -> ellie_the_film
* [Sit down next to him. There wasn't a queue, Mark. I sat in the car. I do it a lot. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_told = true
    ~ el_told_car = true
    There wasn't a queue, Mark. {el_texted_truth:I sat in the car, like I said. I do it a lot. |I sat in the car in the car park. I do it a lot.}Most of the errands. #speaker:ellie
    -> ellie_the_truth
* {el_texted_truth} [Yes. The whole time. I'm back, like I said. Can we watch it? #move:turn_toward]
    ~ el_last = "turn_toward"
    Yes. The whole time. I'm back, like I said. Can we watch it now? #speaker:ellie
    -> ellie_next_time
* [I just needed some air. Don't make it a thing. #move:defend]
    ~ el_last = "defend"
    ~ el_heat += 1
    I just needed some air, Mark. Don't make it a thing. #speaker:ellie
    {
    - flooded("mark") || state_of("mark") != "calm":
        -> ellie_heating
    - else:
        He holds up his hands.
        Okay, okay. Not a thing. #speaker:mark #move:mark.withdraw
        -> ellie_the_film
    }

// The hollow peace: the errand held, or she went along, and the evening is got through.
=== ellie_the_film ===
They watch episode six under the blanket. {el_took_back:The car keys are in the bowl by the door, where she left them.|{el_came_along:The satsumas sit in their net on the arm of the sofa.|{el_texted_truth:Her sketchbook is back in the glovebox, outside in the rain.|{el_errand:The milk she didn't need is in the fridge beside the milk they had.|Her phone is face down on the arm of the sofa.}}}} #time:20
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark watches the screen and doesn't reach for her. It's the first evening in months he hasn't. #move:mark.withdraw
- else:
    Halfway through, Mark's hand finds hers under the blanket. #move:mark.bid
    This is all I want, you know. This. Every night. #speaker:mark #move:mark.ask_closeness
}
{
- state_of("ellie") != "calm":
    Ellie's throat is tight. #body:ellie.stirred
}
Every night. She thinks about the car boot at seven, and his mum's, and B&Q, and every night.
<- ellie_break_offer
* [Leave your hand where it is. Say nothing. #move:turn_toward]
    ~ el_last = "turn_toward"
    She leaves her hand where it is.
    It looks like closeness and it is a kind of vanishing: she gives him the evening, and keeps herself out of it. He will never know what it cost, because she will never say. #coach
* [Mm. Take your hand back to reach for a caramel, and keep it. #move:withdraw]
    ~ el_last = "withdraw"
    Mm. #speaker:ellie
    She takes her hand back to reach for a caramel, and doesn't give it back.
    {
    - flooded("mark") || state_of("mark") != "calm":
        Mark looks at her hand, and then at the screen. He doesn't say anything. #move:mark.withdraw
    - else:
        Mark pats her knee instead, and turns the volume up. #move:mark.bid
    }
    A small retreat Mark feels and can't name. Withdrawal without words leaves the pursuer to guess, and a pursuer's guesses are always the worst ones. #coach
* [Mark, pause it. Every night is a lot, for me. Can we talk about it tomorrow, not now? #move:soft_startup]
    ~ el_last = "soft_startup"
    Mark. Can you pause it? Every night is a lot, for me. I don't want to do it now. Can we talk about it tomorrow, properly? #speaker:ellie
    {
    - flooded("mark") || received("mark") == "misread":
        He pauses it, and says it to the screen, not to her.
        A lot. #speaker:mark #move:mark.criticize
        -> ellie_heating
    - else:
        He pauses it, and looks at her, and for a second he looks frightened.
        ~ el_tomorrow = true
        Tomorrow. Okay. Before the car boot. #speaker:mark #move:mark.turn_toward
        She said something true, with a time attached. It is not the whole of it, and it is a door. #coach
    }
- (next)
The episode ends. #time:40
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark puts the next one on without asking. #move:mark.withdraw
- else:
    One more? Go on. It's Friday. #speaker:mark #move:mark.ask_closeness
}
<- ellie_break_offer
* [Yes. One more. #move:turn_toward]
    ~ el_last = "turn_toward"
    Go on, then. #speaker:ellie
* [I'm going up to read for a bit. I'll see you up there at eleven. #move:ask_space=60]
    ~ el_last = "ask_space"
    I'm going to go up and read for a bit, on my own. I'll see you up there at eleven. #speaker:ellie
    {
    - flooded("mark") || received("mark") == "misread":
        On your own. Right. #speaker:mark #move:mark.withdraw
    - else:
        He kisses her hand.
        Oh. Okay. Eleven. #speaker:mark #move:mark.turn_toward
    }
    A small hour, asked for plainly, with a time. It isn't the conversation; it is practice for it. #coach
* [Say you're tired, and go up. Pretend to be asleep when he comes. #move:withdraw]
    ~ el_last = "withdraw"
    I'm shattered. I'll go up. #speaker:ellie
    When he comes up at eleven she keeps her eyes closed and her breathing slow, and he whispers goodnight to her back.
- (ending)
{
- el_met_thought:
    In bed she lies awake and thinks about the car park, and the thought she let finish there. She doesn't know what it means yet. She knows she has never asked him for an hour, and she still hasn't.
- el_tomorrow:
    In bed she lies awake, rehearsing tomorrow's conversation, and not yet sure she will have it.
- else:
    In bed she lies awake and thinks about the next errand. The petrol, maybe. Or the late chemist. It's so sad to live like this, she thinks, and then she sleeps.
}
{el_took_back:She asked for an hour, and then gave it back.|{el_texted_truth:She told him the truth by text, and then wouldn't talk about it.|{el_tomorrow:Something was said, and the errands weren't.|Nothing was said about the errands, and nothing changed.}}} He had the evening he loves; she had {el_took_back:the hour she asked for, and handed it to him|{el_came_along:a bag of satsumas and nobody to be|{el_texted_truth:her hour, and the talk about it shut away|{el_errand:forty minutes in a car park|a phone to hide in}}}}. #ending:hollow_peace
-> END

// ---------------------------------------------------------------------------------------------
// The phone on the sofa
// ---------------------------------------------------------------------------------------------

=== ellie_the_sofa ===
She sits down under the blanket with him and gets her phone out before the titles have finished. She isn't reading anything.
Mark's hand is on her knee. He talks through the first ten minutes: who the detective suspects, what he thinks of the husband. #time:10
{
- flooded("mark"):
    Who are you texting? #speaker:mark #move:mark.demand
- received("mark") == "let_go":
    You're not watching, you daft thing. You'll lose the plot. #speaker:mark #move:mark.humor
- state_of("mark") == "escalated" || state_of("mark") == "activated":
    You're not even watching. Who are you texting? #speaker:mark #move:mark.criticize
- else:
    You're not watching. Put it away, you'll miss who did it. #speaker:mark #move:mark.bid
}
{
- state_of("ellie") == "flooded":
    Her heart is pounding. She keeps her eyes on the phone and doesn't read a word. #body:ellie.flooded
- state_of("ellie") != "calm":
    She can feel her jaw, clenched. #body:ellie.stirred
}
<- ellie_break_offer
* [Nobody. Keep scrolling. #move:stonewall]
    ~ el_last = "stonewall"
    ~ el_heat += 1
    Nobody. #speaker:ellie
    She keeps scrolling.
    A stonewall looks like calm from outside. Inside it costs her: the heart rate climbs, and he is left talking to a phone. #coach
    -> ellie_heating
* [Sorry. Put it away and lean into him. #move:turn_toward]
    ~ el_last = "turn_toward"
    Sorry. I'm here. #speaker:ellie
    She puts the phone away and leans into him, and watches the detective walk along a beach.
    -> ellie_the_film
* [I'm on my phone because I need to be somewhere on my own, and I didn't know how to say it. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_told = true
    ~ el_heat = MAX(el_heat - 1, 0)
    I'm on my phone because I need to be somewhere on my own, and I didn't know how to say it. I'm not texting anyone. I'm hiding. #speaker:ellie
    -> ellie_the_truth
* [Actually, we're out of milk. I'll nip out. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_errand = true
    Oh, actually, we're out of milk. I'll nip to Sainsbury's before the next one. #speaker:ellie
    -> ellie_the_errand

// ---------------------------------------------------------------------------------------------
// The truth and the ask
// ---------------------------------------------------------------------------------------------

// She has told him the errands were never errands.
=== ellie_the_truth ===
{
- not el_taught_errand:
    ~ el_taught_errand = true
    The errand kept the peace and cost the marriage its truth: he could not answer a need he had never been told about, and she has been lonely inside the lie. #coach
}
{
- flooded("mark"):
    Mark stares at her. When he speaks his voice is thin.
    How long? How long have you been lying to me? #speaker:mark #move:mark.blame
    -> ellie_heating
- state_of("mark") == "escalated" || received("mark") == "misread":
    So you've been lying to me. The milk, the petrol, the late chemist. All of it? To get away from me? #speaker:mark #move:mark.blame
    -> ellie_heating
- state_of("mark") == "activated":
    Every time? The milk, the petrol, the late chemist? #speaker:mark #move:mark.defend
    He sits down heavily.
    Why didn't you just tell me? #speaker:mark #move:mark.bid
- else:
    Mark is quiet for a long moment.
    I think I knew. Somewhere. Nobody needs that much milk. #speaker:mark #move:mark.own_part
    Why didn't you just tell me? #speaker:mark #move:mark.bid
}
-> ellie_the_ask.why

// The direct ask: his answer follows how he heard it.
=== ellie_the_ask ===
{
- flooded("mark"):
    Mark goes very still.
    An hour away from me. #speaker:mark #move:mark.withdraw
- received("mark") == "misread":
    ~ el_misfired = true
    An hour on your own. From me, you mean. Why do you always need to get away from me? #speaker:mark #move:mark.criticize
    -> ellie_misread_note ->
- state_of("mark") == "escalated":
    On your own. On a Friday. I've been waiting all day for you to come home. #speaker:mark #move:mark.criticize
- state_of("mark") == "activated":
    He puts the caramels down.
    On your own? Have I done something? #speaker:mark #move:mark.bid
- else:
    Mark puts the caramels down.
    Oh. Right. On your own. Course. Yeah. #speaker:mark #move:mark.turn_toward
    Is it me, though? Have I done something? #speaker:mark #move:mark.bid
}
- (why)
{
- state_of("ellie") == "flooded":
    Ellie's heart is racing. This is the thing she has been not saying for a year. #body:ellie.flooded
- state_of("ellie") != "calm":
    Her pulse is quick in her throat. #body:ellie.stirred
}
<- ellie_break_offer
* [It isn't you. It's that I've lost track of where I stop. I'm not leaving{el_been_out:. I came back. I always come back.|; I'm coming back at {el_back_at}.} #move:repair]
    ~ el_last = "repair"
    ~ el_heat = MAX(el_heat - 1, 0)
    It isn't something you've done. It's that I've lost track of where I stop and you start. I'm not leaving. {el_been_out:I came back. I always come back.|I'm coming back at {el_back_at}.} #speaker:ellie
    Reassurance with the ask kept: the time to come back is what lets a pursuer's alarm stand down (Lerner). Ellie didn't take the ask back to make Mark feel better. #coach
* {not el_told} [Tell him the errands were never errands. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_told = true
    ~ el_told_car = true
    Mark, the errands. The milk, the petrol, the late chemist. Most of them weren't errands. I sit in the car in the Sainsbury's car park. That's where I go to be me. #speaker:ellie
    {
    - not el_taught_errand:
        ~ el_taught_errand = true
        The truth about the errands: it will hurt him, and it is also the first time he has been told what she needs. #coach
    }
* [Forget it. It doesn't matter. I'll stay. #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_took_back = true
    Forget it. It doesn't matter. I'll stay. #speaker:ellie
    Taking the ask back to spare him: the most familiar move she has, and the one that has been crushing her. The need doesn't go; it goes underground, to the next errand. #coach
    {
    - flooded("mark") || state_of("mark") == "escalated":
        Mark says nothing. He picks up the remote and doesn't press play. #move:mark.withdraw
        -> ellie_the_film
    - else:
        Mark lets out a breath like someone reprieved.
        Good. Come here, then. #speaker:mark #move:mark.ask_closeness
        -> ellie_the_film
    }
* [I'm allowed an hour, Mark! I'm allowed to be a person! #move:criticize]
    ~ el_last = "criticize"
    ~ el_heat += 2
    I'm allowed an hour, Mark! I'm allowed to be a person! #speaker:ellie
    True, and it comes out as a charge against him, not a need of hers: he hears that he has been keeping her prisoner. #coach
- (answers)
{
- el_last == "criticize" || el_heat >= 2:
    -> ellie_heating
}
-> ellie_his_fear

// What is under the togetherness: his dad going "out".
=== ellie_his_fear ===
{
- flooded("mark"):
    Mark shakes his head, and his voice cracks upward.
    Why do you always need to get away from me? Is there someone else? Just tell me. #speaker:mark #move:mark.blame
    ~ el_mark_spoke = true
    -> ellie_heating
- state_of("mark") == "escalated" || received("mark") == "misread":
    Why do you always need to get away from me? What's so bad about being with me? #speaker:mark #move:mark.criticize
    ~ el_mark_spoke = true
    -> ellie_heating
}
~ el_he_told = true
Mark looks at the paused film for a long time.
{
- state_of("mark") == "activated":
    When I was ten, my dad started going out. The allotment, the Legion, the car. He was always just popping out. Then one Sunday he popped out for good. #speaker:mark #move:mark.share_vulnerable
- else:
    You know about my dad. I never told you what it was like, though. When I was ten he started going out. The allotment, the Legion, the car. Always just popping out. A year of that, and then one Sunday he popped out and moved in with a woman from the Legion. #speaker:mark #move:mark.share_vulnerable
    When you go out, I know it's milk. I know it's not the same. But something in me sits by the window. #speaker:mark #move:mark.share_vulnerable
}
{
- el_met_thought:
    A woman from the Legion. Ellie thinks of the car park, and the thought she let finish there, and her face goes hot with it.
}
What was under the togetherness: not a wish to own her evenings, a boy at a window. Every evening she stays is proof she isn't going. #coach
<- ellie_break_offer
* [I didn't know that's what it sounds like. I'm not him. I'm coming back, and I'll always tell you when. #move:validate]
    ~ el_last = "validate"
    I didn't know that's what it sounds like when I go. I'm not him, Mark. I'm coming back. And from now on I'll tell you when. #speaker:ellie
    Validation: she doesn't have to give up the hour to honour the fear; the time to come back answers it. #coach
* [Take his hand. Tell him about the sketchbook in the glovebox. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_sketchbook = true
    ~ el_told_car = true
    She takes his hand.
    There's a sketchbook in the glovebox. I used to draw, before. I draw the trolley bays. It's the only thing that's just mine, and I was scared if I told you, you'd want to see it. #speaker:ellie
    Her privacy, shown, without giving it away: the self she was guarding, made visible. Closeness and a separate self are not opposites. #coach
* [That's not fair. Don't put your dad on me. #move:defend]
    ~ el_last = "defend"
    ~ el_heat += 1
    That's not fair. Don't put your dad on me, Mark. I'm not him. #speaker:ellie
    It is her fear that she will be made responsible for his, and it arrives as a wall just when he has opened a door. #coach
    {
    - flooded("mark") || state_of("mark") != "calm":
        -> ellie_heating
    }
    He flinches, and looks at the floor. #move:mark.withdraw
- (answers)
{
- flooded("mark"):
    Mark nods, but he is a long way off. #move:mark.withdraw
- received("mark") == "misread":
    You'll tell me when. Like a timetable. #speaker:mark #move:mark.defend
    -> ellie_misread_note ->
- el_last == "share_vulnerable" && state_of("mark") == "calm":
    He laughs, wet-eyed.
    Trolley bays? I'd love to see them. And I won't ask. Not unless you want me to. #speaker:mark #move:mark.validate
- el_last == "share_vulnerable":
    A sketchbook. I didn't know you still drew. #speaker:mark #move:mark.turn_toward
- el_last == "validate":
    Mark wipes his face with the heel of his hand.
    Okay. {el_back_at == "nine":Nine|Half eight}. I'll keep it paused. #speaker:mark #move:mark.turn_toward
- else:
    No. You're not. I know you're not. #speaker:mark #move:mark.withdraw
}
-> ellie_the_time

=== ellie_the_time ===
~ temp room_ok = not flooded("mark") && not flooded("ellie") && state_of("mark") != "escalated" && state_of("ellie") != "escalated"
{
- el_been_out && el_texted_truth:
    It is getting on for half eight. The film is paused. The car keys are back in the bowl by the door.
- el_been_out:
    It is getting on for nine. The film is paused. There are two pints of milk in the fridge door.
- el_came_along:
    It is twenty to eight. The shopping is still in its bag on the counter. The car keys are in the bowl by the door.
- else:
    It is twenty past seven. The film is paused. The car keys are in the bowl by the door.
}
<- ellie_break_offer
* {el_been_out} [Tonight, the film. Next Friday I'll ask for the hour, and say when I'll be back. #move:ask_space]
    ~ el_last = "ask_space"
    Tonight, the film. And next Friday I'll ask you for the hour, straight out, and tell you when I'll be back. No milk. #speaker:ellie
    -> ellie_next_time
* {not el_been_out} [Go. Back at {el_back_at}. Kiss him on the way out, and take the keys. #move:ask_space=60]
    ~ el_last = "ask_space"
    Back at {el_back_at}. Pause it for me. #speaker:ellie
    She kisses him on the way past, and takes the keys.
    {
    - flooded("mark"):
        He nods and doesn't look up. #move:mark.withdraw
    - received("mark") == "misread":
        Mark watches her go and doesn't say anything. #move:mark.withdraw
    - else:
        {el_back_at == "nine":Nine|Half eight}. Go on. #speaker:mark #move:mark.turn_toward
    }
    -> ellie_the_hour
* {room_ok} [Stay a bit first. Sit at the kitchen table with him, and talk about what each of you needs. #move:ask_closeness]
    ~ el_last = "ask_closeness"
    Can we sit at the table for a bit first? Not the sofa. I want to talk about this properly, while we can. #speaker:ellie
    -> ellie_the_kitchen_table
* [{el_been_out:Let's just forget it. Put the film on.|Actually, it's late now. Let's just watch the film.} #move:withdraw]
    ~ el_last = "withdraw"
    ~ el_took_back = not el_been_out
    {el_been_out:Let's just forget it. Put it on.|Actually, it's late now. Let's just watch it.} #speaker:ellie
    She sits down under the blanket. The keys stay in the bowl.
    {el_been_out:The truth was told, and then folded away for his relief and hers. Next time the errand will feel easier than the asking.|Asked for, and given, and then not taken: the ask was real, but she spent it on his relief. Next time the errand will feel easier than this did.} #coach
    -> ellie_the_film

// She has had tonight's hour already, in the car park; the truth is told, and the next hour will be asked for.
=== ellie_next_time ===
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark nods, and doesn't look at her.
    Okay. #speaker:mark #move:mark.withdraw
- received("mark") == "misread":
    Like you said. You'll say, and I'll wait. #speaker:mark #move:mark.defend
- el_texted_truth:
    Mark looks at the clock, and at her.
    You said eight. It's eight. #speaker:mark #move:mark.appreciate
- else:
    Mark lets out a long breath.
    Next Friday. Okay. You'll say, and I'll manage. #speaker:mark #move:mark.turn_toward
}
<- ellie_break_offer
* [Thank you. Come here. #move:appreciate]
    ~ el_last = "appreciate"
    Thank you. Come here. #speaker:ellie
    Appreciation for the space given: it tells a pursuer that letting go was a gift, not a loss. #coach
* [Don't make a face when I go, though. That's the bit I can't do. #move:criticize]
    ~ el_last = "criticize"
    Don't make a face when I go, though. That's the bit I can't do. #speaker:ellie
    A fair wish, said as a condition on him just as he has agreed: it turns his yes into something he has to get right. #coach
    {
    - flooded("mark") || state_of("mark") != "calm":
        Mark's face does the thing she means, and he sees her see it. #move:mark.withdraw
    - else:
        I'll try. I'll probably make a face. #speaker:mark #move:mark.humor
    }
- They watch episode six with the blanket over both of them. #time:45
{el_texted_truth:She asked for an hour, late and by text from a car park, said when she'd be back, and came back when she said.|She had tonight's hour the old way, and told him what it was; the next one she will ask for, with a time to come back.} #ending:space_agreed
-> END

// Space asked for directly, given, and taken; and the return on time.
=== ellie_the_hour ===
She drives to the big Sainsbury's, out of habit, and parks by the trolley bays. This time she doesn't go in for milk at all. #time:10
She draws, and it is different, knowing he knows where she is. Nobody is being lied to. The hour is hers because she asked for it. #time:25
{
- not flooded("mark"):
    Half an hour in, her phone buzzes. #time:5
    Enjoy it x #speaker:mark #move:mark.appreciate
- else:
    Half an hour in, she checks her phone. Nothing. He is keeping his side of it, however it feels. #time:5
}
She starts the engine ten minutes before, and at {el_back_at} exactly she lets herself in. #time:20
{
- state_of("ellie") == "calm":
    She comes in lighter. Her shoulders are down for the first time since Wednesday. #body:ellie.calm
- state_of("ellie") != "escalated" && state_of("ellie") != "flooded":
    She comes in steadier than she went. #body:ellie.settled
}
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark is on the sofa, where she left him. He looks at the clock, and at her, and something in his face lets go. #move:mark.withdraw
- else:
    Mark is on the sofa, where she left him. He looks at the clock, and at her, and grins.
    {el_back_at == "nine":Nine|Half eight}. On the dot. #speaker:mark #move:mark.appreciate
}
<- ellie_break_offer
* [Thank you for the hour. Budge up. #move:appreciate]
    ~ el_last = "appreciate"
    Thank you for the hour. Budge up. #speaker:ellie
    Appreciation for the space given: it tells a pursuer that letting go was a gift, not a loss. #coach
* [Show him one drawing: the trolley bays. #move:bid]
    ~ el_last = "bid"
    She takes the sketchbook out of her bag and shows him one page: the trolley bays under the orange lights.
    {
    - flooded("mark"):
        Mark looks at it for a long time and doesn't say anything. #move:mark.withdraw
    - else:
        He laughs.
        That's our Sainsbury's. It's good, El. It's really good. #speaker:mark #move:mark.appreciate
    }
    A bid from the one who distances: when the space is safe, the self that was guarded can be shown. #coach
- (ending)
They watch episode six. Tomorrow they will go to the car boot, and she will say she'd rather skip B&Q, and he will be disappointed and say okay. #time:45
She asked for an hour, said when she'd be back, and came back when she said. It is the first errand in a year that wasn't a lie. #ending:space_agreed
-> END

// Reaching each other: both afraid, both said, at the kitchen table.
=== ellie_the_kitchen_table ===
They sit at the kitchen table with the candle burnt down to a stub.
{
- flooded("mark"):
    Mark sits with his hands flat on the table and can't find anything to say. #move:mark.withdraw
- received("mark") == "misread":
    Properly. That sounds like a talk. Is this the bit where you leave? #speaker:mark #move:mark.criticize
    -> ellie_misread_note ->
- else:
    Go on, then. What do you need? I mean it. I want to know. #speaker:mark #move:mark.turn_toward
}
<- ellie_break_offer
* [One evening a week that's mine. Tuesdays. And the right to say no to a plan without it being a wound. #move:ask_space]
    ~ el_last = "ask_space"
    One evening a week that's mine. Say, Tuesdays. And I'd like to be able to say no to a plan without it being a wound. #speaker:ellie
    Asking directly for space, as a standing request with its own day: not a rejection of the marriage, a room in it. #coach
* [I've been lonely. Right next to you. I don't know how to be close to you and still be me. #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    I've been so lonely, Mark. Right next to you, every night. I don't know how to be close to you and still be me. #speaker:ellie
    Smothered and lonely at once: said aloud, to him, the two halves of the comment become one thing he can answer. #coach
- (answers)
{
- flooded("mark") || state_of("mark") == "escalated":
    Mark nods slowly.
    Okay. #speaker:mark #move:mark.withdraw
- received("mark") == "misread":
    Lonely with me. Brilliant. #speaker:mark #move:mark.defend
- el_last == "ask_space":
    He nods, slowly, and almost smiles.
    Tuesdays. I'll go to Dougie's, maybe. Or I'll sit here and hate it, and then I'll get used to it. And you come back. #speaker:mark #move:mark.turn_toward
- else:
    Mark reaches across the table, and stops, and lets her decide. She takes his hand.
    I've been lonely too. I just thought if I held on tight enough it would stop. #speaker:mark #move:mark.share_vulnerable
}
{
- flooded("mark") || flooded("ellie") || state_of("mark") == "escalated" || received("mark") == "misread":
    They don't get further tonight, and that is all right: {el_been_out:she has had tonight's hour, and next Friday she asks for it, and comes back when she said.|she goes for her hour at eight, later than she said, tells him nine, and is back at nine.} #time:60
    Something true was said and not all of it could be heard. The time to come back held anyway. #ending:space_agreed
    -> END
}
{
- cycle_stage() != "engage-engage" && cycle_stage() != "pursue-withdraw":
    They sit a while longer without talking. {el_been_out:Next Friday she asks for her hour, and comes back when she said.|At eight she goes for her hour, tells him nine, and at nine she comes back.} #time:60
    Not everything reached him tonight; the hour, asked for and taken, did. #ending:space_agreed
    -> END
}
They talk until the candle goes out: about his dad, and the window; about {el_told_car:the car park|her hour}; about the car boot, which they decide she can skip. #time:30
{el_been_out:On Tuesday she goes for her hour, and she's back when she said.|At nine she goes for her hour, tells him ten, and at ten she's back.} #time:60
{
- el_met_thought:
    She doesn't tell him about the thought in the car park, the woman from his round. She doesn't know yet what it was: a wish for a self, or something harder. She knows it is hers to look at, and she may tell him, one day.
}
Neither of them fixes anything. But he knows now that her going is not leaving, and she knows that his holding on is fear, not a claim. For the first time in a long while they are on the same side of it. #ending:reconnected
-> END

// ---------------------------------------------------------------------------------------------
// The heat
// ---------------------------------------------------------------------------------------------

=== ellie_heating ===
~ temp asked_else = flooded("mark")
~ temp she_flooded = flooded("ellie")
{
- el_mark_spoke:
    // Mark has just said it, on the way in (ellie_his_fear).
    ~ el_mark_spoke = false
- flooded("mark"):
    {
    - state_of("mark") == "flooded":
        Mark is on his feet, and his voice is high and fast. #body:mark.flooded
    }
    Is there someone else? Is that it? Just tell me, Ellie. I'd rather know. #speaker:mark #move:mark.blame
- stance_of("mark") == "attacking" || state_of("mark") == "escalated":
    Why do you always need to get away from me? What is so terrible about being with me? #speaker:mark #move:mark.criticize
- else:
    Mark turns to face her.
    Why do you always need to get away from me? #speaker:mark #move:mark.criticize
}
{
- state_of("ellie") == "flooded":
    Ellie's heart is pounding so hard she can feel it in her teeth. #body:ellie.flooded
- state_of("ellie") == "escalated":
    Ellie's heart is going fast. #body:ellie.hot
- state_of("ellie") == "activated":
    She can feel her pulse in her neck. #body:ellie.stirred
}
The room is getting smaller. She can feel which way she wants to go: out.
* [{she_flooded:There's no one. There's— there isn't even me.|{asked_else:There's no one else. There's no one. That's the point: there isn't even me any more.|I'm not getting away from you. I'm trying to find me. There isn't even me any more.}} #move:share_vulnerable]
    ~ el_last = "share_vulnerable"
    ~ el_heat = MAX(el_heat - 1, 0)
    {
    - she_flooded:
        There's no one. There's— there isn't even me. #speaker:ellie
    - asked_else:
        There's no one else, Mark. There's no one. That's the point. There isn't even me any more. #speaker:ellie
    - else:
        I'm not getting away from you, Mark. I'm trying to find me. There isn't even me any more. #speaker:ellie
    }
    The softest true thing in the room, said into the heat. It may not land yet; it is still the truth, not a charge. #coach
* [You don't let me breathe, Mark! Every minute, every weekend, every text! #move:criticize]
    ~ el_last = "criticize"
    ~ el_heat += 1
    You don't let me breathe, Mark! Every minute, every weekend, every single text! #speaker:ellie
    The need under it is real, but it arrives as a verdict on Mark, and a pursuer answers a verdict by holding on harder. #coach
* [Go blank. Look at the paused screen and say nothing. #move:stonewall]
    ~ el_last = "stonewall"
    ~ el_heat += 1
    Ellie looks at the paused screen. The detective's face is frozen mid-word. She says nothing.
    {
    - not el_taught_flood:
        ~ el_taught_flood = true
        Blank is not indifference. Past about 100 beats a minute a body stops taking words in and freezes (Gottman's flooding); from outside it looks like not caring. #coach
    }
* [I'm too wound up for this. Twenty minutes: I'll sit in the car outside, and then I'll come back in. #move:take_break=20]
    I can't do this wound up like this. I need twenty minutes. I'm going to sit in the car outside, not drive anywhere, and in twenty minutes I'll come back in. #speaker:ellie
    {
    - flooded("mark") || flooded("ellie"):
        Someone is over the flooding line: this is the break the evening needs, with a place and a time to come back. That is what makes it a break and not the old escape. #coach
    - else:
        A break called before anyone is over the line, with a place and a time to come back: not an errand, and not an exit. #coach
    }
    -> ellie_call_break
- (answers)
{
- el_last == "share_vulnerable" && not flooded("mark") && received("mark") != "misread" && state_of("mark") != "escalated":
    Mark stops. He sits back down on the arm of the sofa.
    {she_flooded:Isn't even you?|Not even you?} What does that mean? #speaker:mark #move:mark.bid
    -> ellie_the_ask.why
}
-> ellie_the_flood

=== ellie_the_flood ===
~ temp mark_was = state_of("mark")
{
- flooded("mark"):
    Go on, then. {el_errand:Go and buy your milk.|Go. You're dying to.}{el_told_car: Go and sit in your car.} #speaker:mark #move:mark.contempt
- mark_was == "escalated":
    I do everything for you. I cook, I plan, I'm here. And you can't wait to get out of the door. #speaker:mark #move:mark.blame
- else:
    I don't know what I'm supposed to do, Ellie. I don't know what you want. #speaker:mark #move:mark.defend
}
{
- state_of("ellie") == "flooded":
    Ellie's heart is racing and the edges of the room have gone bright. #body:ellie.flooded
- state_of("ellie") == "escalated":
    Ellie's face is hot. #body:ellie.hot
}
The thought from the car park is right there, in her mouth, the one she is ashamed of.
<- ellie_break_offer
* [Sometimes I wish you'd just meet someone else. #move:contempt]
    ~ el_last = "contempt"
    ~ el_wish_said = true
    Sometimes I wish you'd just meet someone else. Some nice woman off your round. And go. #speaker:ellie
    {
    - el_met_thought:
        An hour ago, in the car park, she let herself look at it. It came out anyway, sharper.
    }
    {
    - flooded("ellie"):
        Said in the flood, the wish can't be weighed: a wish for a self, or a foot half out of the door, and this is not the night to find out which. Said as a wound, to this man, it lands where his father left. #coach
    - else:
        Said in the heat, the wish can't be weighed: a wish for a self, or a foot half out of the door, and this is not the night to find out which. Said as a wound, to this man, it lands where his father left. #coach
    }
    -> ellie_after_the_wish
* [Grab the keys from the bowl and go. #move:withdraw]
    ~ el_last = "withdraw"
    She takes the keys from the bowl and goes, without her coat.
    -> ellie_drives_off
* {not flooded("ellie")} [Stop. I don't want to fight you. I want to be able to breathe. Can we stop for twenty minutes? I'll be in the car outside. #move:take_break=20]
    Stop. I don't want to fight you. I just want to be able to breathe. Can we stop for twenty minutes? I'll be in the car, outside. I'll come back in. #speaker:ellie
    -> ellie_call_break
* [Say nothing. Go upstairs and shut the bedroom door. #move:stonewall]
    ~ el_last = "stonewall"
    She goes upstairs without a word and shuts the bedroom door.
    -> ellie_door_shut

=== ellie_after_the_wish ===
~ el_walkout = flooded("ellie") || flooded("mark")
~ el_where = "he_left"
{
- flooded("mark"):
    Mark makes a sound she has never heard him make. He picks up his coat and his phone and goes out of the front door into the rain. #move:mark.withdraw
- else:
    Mark looks at her as if she has hit him.
    He picks up his coat.
    Right. Right. #speaker:mark #move:mark.withdraw
    He goes out into the rain.
}
The door shuts. Ellie is alone, and it is the thing she wished for, and it is unbearable.
-> ellie_alone_after

// Ellie goes, flooded, with no time to come back.
=== ellie_drives_off ===
~ el_walkout = flooded("ellie") || flooded("mark")
~ el_where = "car"
She drives with the wipers on full and no idea where. The ring road. The big Sainsbury's. Past it. #time:5
{
- flooded("mark"):
    Her phone lights up on the passenger seat, again and again. #move:mark.demand
    Where are you? Please. Where are you going? #speaker:mark #move:mark.demand
- else:
    Her phone lights up on the passenger seat. #move:mark.bid
    Please come home. I'm sorry. Just tell me where you are. #speaker:mark #move:mark.demand
}
{
- state_of("ellie") == "flooded":
    Her heart is still pounding. Her hands on the wheel don't feel like hers. #body:ellie.flooded
}
-> ellie_alone_after

=== ellie_door_shut ===
~ el_walkout = flooded("ellie") || flooded("mark")
She sits on the end of the bed. Downstairs she can hear him, not moving.
{
- flooded("mark"):
    ~ el_where = "upstairs"
    Then his feet on the stairs, fast, and his voice through the door.
    Ellie. Don't do this. Open the door. #speaker:mark #move:mark.demand
- else:
    ~ el_where = "upstairs_he_out"
    After a while she hears the front door, and his feet on the path. He has gone out to walk, the way he does. #move:mark.withdraw
}
-> ellie_alone_after

=== ellie_alone_after ===
{
- state_of("ellie") == "flooded":
    Ellie's heart is going so hard she can feel it in her fingers. #body:ellie.flooded
}
+ {flooded("ellie")} [Stop. Twenty minutes of nothing: breathe, four in and six out, before you do anything. #move:take_break=20]
    ~ el_last = "take_break"
    She stops where she is and breathes, four counts in, six out, and lets twenty minutes go by without touching the phone. #time:20
    {
    - state_of("ellie") == "calm":
        By the end of it her hands are steady. #body:ellie.calm
    - else:
        By the end of it she is steadier, if not calm. #body:ellie.stirred
    }
    A break of her own, late. It can't undo the leaving, and it means the next thing she says won't come from the flood. #coach
* [{el_where == "car":Text him: I'm sorry. I didn't mean it. I'm coming home at nine.|{el_where == "he_left":Text him: I'm sorry. I didn't mean it. Come home when you're ready. I'll be here.|Text him: I'm sorry. I didn't mean it. I need a bit. I'll come down at nine.}} #move:repair]
    ~ el_last = "repair"
    {
    - el_where == "car":
        I'm sorry. I didn't mean it like that. I'm coming home at nine. #speaker:ellie
    - el_where == "he_left":
        I'm sorry. I didn't mean it like that. Come home when you're ready. I'll be here. #speaker:ellie
    - else:
        I'm sorry. I didn't mean it like that. I need a bit. I'll come down at nine. #speaker:ellie
    }
    {
    - flooded("mark"):
        The message shows as read. No reply. #move:mark.withdraw
    - received("mark") == "misread":
        {el_where == "he_left":When I'm ready. Right. #speaker:mark #move:mark.criticize|At nine. Right. Like it's an appointment. #speaker:mark #move:mark.criticize}
    - else:
        Okay. #speaker:mark #move:mark.withdraw
    }
    A repair after the fact, {el_where == "he_left":with the door left open in it|with a time in it}. It can't undo what was said in the flood, and it leaves a way back. #coach
* [Turn the phone off. #move:stonewall]
    ~ el_last = "stonewall"
    She turns the phone off.
    Silence after a fight is the old escape made total: no errand now, no lie, and no way for him to know she is coming back. #coach
* [Text: This is exactly why. You never let me go anywhere. #move:blame]
    ~ el_last = "blame"
    This is exactly why. You never let me go anywhere. #speaker:ellie
    {
    - flooded("mark") || stance_of("mark") == "attacking":
        I never let you? You're the one who lies to get out of the house! #speaker:mark #move:mark.blame
    - else:
        The message shows as read. No reply. #move:mark.withdraw
    }
    Blame sent into the empty room keeps the fight going after the door has shut; it gives neither body a chance to come down. #coach
- (ending)
{
- el_wish_said:
    Mark comes back after eleven, soaked. He sleeps in the spare room, among the paint charts. Neither of them says anything about the woman off his round, and both of them hear it all night.
- el_last == "repair" && el_where == "car":
    She comes home at nine, as she said. He is on the sofa with the film still paused. They don't talk. But she came back when she said.
- el_last == "repair" && el_where == "he_left":
    He comes back at ten, soaked, and sits on the bottom stair, and she sits beside him. They don't talk. But he came back.
- el_last == "repair":
    At nine she comes down, as she said. He is on the sofa with the film still paused. They don't talk. But she came down when she said.
- el_where == "upstairs":
    After a while his feet go back down the stairs. When he comes up at midnight they lie back to back and awake, each sure the other is asleep.
- el_where == "upstairs_he_out":
    It is after eleven when she hears his key. He doesn't come up. She lies awake and listens to him not coming up.
- else:
    It is after eleven when the Fiesta is at the kerb again. They go to bed back to back and lie awake, each sure the other is asleep.
}
{
- el_walkout:
    {el_where == "upstairs" || el_where == "upstairs_he_out":She went behind a door in the heat of it, instead of out of one, with no time agreed to come out{el_last == "repair":; the time came afterwards, by text}.|Someone went out of the door in the heat of it, with no time agreed to come back{el_last == "repair":; {el_where == "he_left":the way back was only texted afterwards|the time was only texted afterwards}}.} The hour she wanted became the thing they are most afraid of. #ending:walked_out
- else:
    Nobody was over the line; they just went apart, with no word about when they'd come back, and stayed apart. Nothing is settled, and the next errand is already waiting. #ending:deadlock
}
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== ellie_twenty_minutes ===
// The break has started (take_break=20 on the choice). Mark's answer is said now, during it.
{
- flooded("mark"):
    Mark doesn't look at her. His voice is flat and tight.
    Twenty minutes. You're coming back in. #speaker:mark #move:mark.take_break
- state_of("mark") == "escalated":
    Mark's jaw works. He nods at the floor. #body:mark.hot
    Twenty minutes. #speaker:mark #move:mark.take_break
- else:
    Mark lets out a long breath.
    Okay. Twenty minutes. I'll be here. #speaker:mark #move:mark.take_break
}
She takes her coat and sits in the Fiesta at the kerb, engine off, rain on the roof.
{
- state_of("ellie") == "cooling":
    Her pulse is still thudding in her ears. #body:ellie.stirred
}
{
- not el_taught_twenty:
    ~ el_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), spent on something other than rehearsing the argument, and with a time to come back. It is the honest version of the errand. #coach
}
She can see him through the front window, sitting on the arm of the sofa with his phone in his hand. #time:4
-> the_window

= the_window
{
- el_cut_short == "":
    ~ el_cut_short = "text"
    Her phone buzzes on the dashboard. #time:2
    {
    - flooded("mark"):
        Please come in. I can't stand it. Please. #speaker:mark #move:mark.demand
    - else:
        Are we okay? x #speaker:mark #move:mark.bid
    }
    {
    - flooded("ellie"):
        Her heart jumps. It was nearly quiet in here. #body:ellie.hot
    }
    {
    - state_of("ellie") == "flooded":
        A reach into a break, however loving, starts it over for a body still cooling. His alarm is doing what it does; hers hasn't finished coming down. #coach
    - else:
        A reach into the break. He means it lovingly; it is his alarm asking for proof, and the proof is the time. #coach
    }
}
+ {flooded("ellie")} [Write back: Yes. I need the whole twenty, from now, and then I'm coming in. Put the phone on the back seat. #move:take_break=20]
    Yes. I need the whole twenty, from now, and then I'm coming in. #speaker:ellie
    She puts the phone on the back seat.
    -> held
* {not flooded("ellie")} [Write back: Yes. I'm right here. Twenty minutes from now, and I'll be in. Then put the phone on the back seat. #move:take_break=20]
    Yes. I'm right here, in the car. Twenty minutes from now, and I'll be in. #speaker:ellie
    She puts the phone on the back seat.
    -> held
* [Go back in now. Better to sort it than sit out here. #move:ask_closeness]
    ~ el_last = "ask_closeness"
    She gets out into the rain and goes back in before ten minutes are up.
    I couldn't sit out there. Can we just sort it now? #speaker:ellie
    {
    - flooded("mark"):
        Mark looks at her as if she has come back with more.
        You said twenty minutes. #speaker:mark #move:mark.defend
    - else:
        Already? I'm not there yet, El. Give me the rest of it. #speaker:mark #move:mark.ask_space=10
    }
    The same move from the other side: cutting into a break, even to make peace, starts it over. This time she was the one who couldn't wait. #coach
    -> door
* [Don't answer. Twenty minutes from now, not from before: put your head back and close your eyes. #move:take_break=20]
    She doesn't answer. Twenty minutes from now, she tells herself. She puts her head back and closes her eyes, and listens to the rain.
    -> held

= door
~ el_cut_short = "door"
<- ellie_break_offer
* [You're right. I'm going back out. Twenty minutes, properly, from now. #move:take_break=20]
    You're right. I'm going back out to the car. Twenty minutes, properly, from now. #speaker:ellie
    -> ellie_call_break
* [Fine. Forget it, then. #move:withdraw]
    ~ el_last = "withdraw"
    Fine. Forget it, then. #speaker:ellie
    She goes upstairs. He stays on the sofa. Neither of them comes to find the other. #time:30
    The break was broken from both sides, and nobody started it again. #coach
    Nothing is settled. They sleep back to back, and in the morning there is the car boot. #ending:deadlock
    -> END

= held
She breathes, four counts in, six out, and gives the fear something to do besides give orders. #time:8
Next door's security light goes on and off for a cat. She watches it for no reason at all. #time:8
{
- state_of("ellie") == "calm":
    Somewhere in there her shoulders come down from her ears. #body:ellie.calm
- else:
    She is steadier than she was, if not calm yet. #body:ellie.stirred
}
When the twenty minutes are up, as she said, she goes back in. #time:4
-> ellie_the_return

=== ellie_the_return ===
{
- flooded("mark"):
    Mark is on the sofa with his phone in both hands. His face is still closed.
    You came back. #speaker:mark #move:mark.withdraw
- state_of("mark") == "escalated" || state_of("mark") == "activated":
    Mark is at the kitchen table with his arms folded.
    Okay. You're back. #speaker:mark #move:mark.defend
- else:
    Mark has put the kettle on. He hands her a tea.
    You came back when you said. I'm sorry I got like that. #speaker:mark #move:mark.repair
    He sounds surprised, and then ashamed of being surprised.
}
<- ellie_break_offer
* [I'm sorry too. I should have asked you for an hour months ago, instead of the milk. #move:own_part]
    ~ el_last = "own_part"
    I'm sorry too. I should have asked you for an hour months ago, instead of the milk. #speaker:ellie
    Coming back softer than she went: owning her part is what makes the break pay off. #coach
* [Can we sit for a minute before we talk? #move:ask_closeness]
    ~ el_last = "ask_closeness"
    Can we just sit for a minute before we talk? #speaker:ellie
    Asking for closeness, on her own terms, without asking for an answer yet. #coach
* [So. Are you going to let me have an hour or not? #move:criticize]
    ~ el_last = "criticize"
    So. Are you going to let me have an hour or not? #speaker:ellie
    Coming back with the charge restarts the cycle: a break only works if both come back softer than they left. #coach
    {
    - flooded("mark") || state_of("mark") == "escalated":
        Let you. Like I'm your jailer. #speaker:mark #move:mark.blame
    - else:
        His face closes.
        I was going to say yes. #speaker:mark #move:mark.withdraw
    }
    They watch the film in silence, at opposite ends of the sofa. #time:45
    They stopped and came back, and then brought the fight back with them. Nothing is settled, and nothing is worse. #ending:deadlock
    -> END
- (answers)
{
- flooded("mark"):
    Mark nods. He can't say more yet. #move:mark.withdraw
- received("mark") == "misread":
    Months. So it's been months. #speaker:mark #move:mark.defend
- el_last == "own_part" && state_of("mark") == "calm" && not el_he_told:
    ~ el_he_told = true
    He looks at his tea.
    I think I'd have said no, months ago. Not no. But I'd have sulked. My dad used to go out, you know. Before he went. #speaker:mark #move:mark.share_vulnerable
- else:
    Yeah. Okay. #speaker:mark #move:mark.turn_toward
}
-> ellie_break_ending

=== ellie_break_ending ===
<- ellie_break_offer
* [Tonight I'll watch the film with you. Tomorrow, can I have the afternoon? Back for tea. #move:ask_space]
    ~ el_last = "ask_space"
    Tonight I'd like to watch the film with you. And tomorrow, can I have the afternoon on my own? I'll be back for tea. #speaker:ellie
    {
    - flooded("mark"):
        Mark nods, slowly. He doesn't trust his voice. #move:mark.take_break
    - received("mark") == "misread":
        The afternoon. Fine. #speaker:mark #move:mark.withdraw
    - else:
        He almost smiles.
        The afternoon. Okay. Back for tea. I'll skip B&Q, then. #speaker:mark #move:mark.turn_toward
    }
* [Can we finish this tomorrow, slower, over breakfast? #move:repair]
    ~ el_last = "repair"
    Can we finish this tomorrow, slower? Over breakfast, before the car boot? #speaker:ellie
    {
    - flooded("mark"):
        Mark nods.
        Tomorrow. #speaker:mark #move:mark.take_break
    - else:
        Tomorrow. I'll do eggs. #speaker:mark #move:mark.humor
    }
- (ending)
They watch episode six with the blanket over both of them. Nobody solves anything. It isn't a cold quiet; it's two people resting. #time:45
{el_he_told:She knows a little now about the window he waits at. }They stopped when they needed to and came back when they said. The evening didn't get the last word. #ending:break_and_return
-> END

// A second break, when one is needed again after the first: no reaching into it.
=== ellie_last_break ===
{
- flooded("mark"):
    Mark doesn't look up.
    Okay. #speaker:mark #move:mark.take_break
- else:
    Okay. Yeah. Twenty minutes. #speaker:mark #move:mark.take_break
}
This time nobody reaches into it. She sits in the car at the kerb with the rain on the roof. #time:12
She watches the security light next door go on and off for a cat. #time:10
{
- state_of("ellie") == "calm":
    When she goes back in, her hands are steady. #body:ellie.calm
- else:
    When she goes back in she is steadier, if not calm. #body:ellie.stirred
}
They don't finish it tonight. They agree to try again in the morning, slower. #time:3
The evening needed the break twice; the second time, they let it be one. #ending:break_and_return
-> END
