// As Sally — the player is Sally (the pursuer, playing it cool); Jo is simulated by the model.
// Adapted from comment 8 (Sally) in 002_612bd878bc8560af.txt and Terry's reply to it.
//
// Shape of the mode:
//   the photo          sally_start -> sally_the_photo (Jo's bid: a finished chair) -> sally_typing
//                      -> sally_the_call (video) -> sally_the_freeze (the lag; the true thing, or not)
//   the cool track     sally_keeping_it_light -> sally_last_chance -> sally_after_the_call
//                      -> #ending:hollow_win, or a voice note (sally_voice_note) -> sally_her_side
//   the true thing     sally_said_it (Jo's answer, and the drop at the worst moment) -> sally_dropped
//                      -> ring straight back (sally_ring_back), wait (sally_waiting: #ending:left_dropped),
//                         a message with a time (sally_the_break: twenty minutes told with #time,
//                         or cut short by a message that floods Jo again), or the rest as a voice note
//                      -> sally_her_side (Jo's grief and anger) -> sally_asking -> sally_her_ask
//                      -> sally_reconnected (#ending:reconnected) or sally_break_ending (#ending:break_and_return)
//   the pressing track sally_hangs_up / sally_gone_dark                           (#ending:walked_out)
//
// Which track the story takes follows Sally's choices (sally_cool for the game, sally_pressure for
// pressing), so every ending can be reached by choices alone. What Jo says follows the model:
// state_of / flooded / stance_of, and received("jo"), how Jo heard Sally's last move. A warm move
// Jo misreads gets the answer an attack gets. Whenever Sally is flooded, a break is on offer
// (sally_break_offer, or the knot's own break). Times on messages are Singapore times (Sally's
// phone); sally_now keeps them moving forward with the clock, and narrated skips carry #time.
// A line's #time passes before the line, so a line that narrates a body (#body) never carries #time.

VAR sally_now = 1420        // Singapore clock, minutes after midnight (23:40); Leeds is seven hours behind
VAR sally_opening = ""      // how she answered the photo: cool | soft | toward | sharp
VAR sally_cool = 0          // +1 for each move of the game (strategic distance)
VAR sally_pressure = 0      // +1 for each pressing move, -1 for each calming one
VAR sally_last = ""         // Sally's last move, so Jo answers what she did
VAR sally_jo_rang = false   // Jo made the video call (the game "working")
VAR sally_said_it = false   // she told Jo she has been playing it cool, and that she misses her
VAR sally_misfired = false  // a warm move of hers was heard as a charge
VAR sally_jo_told = false   // Jo has said what she has been carrying (the yes on the stairs, the alone)
VAR sally_break_by = ""     // how the break began: message (hers) | jo (Jo asked for it)
VAR sally_cut_short = false // she reached into the break
VAR sally_visit = false     // she has asked for a visit or a real date
VAR sally_defended = false  // she defended the job when Jo told her
VAR sally_voice = false     // she said the true thing in a voice note
VAR sally_jo_night = false  // Jo answered the contempt with 'Night'
VAR sally_in_call = false  // they are on the video call (a break is spoken, not typed)
VAR sally_jo_arms = false  // Jo answered with her arms folded
VAR sally_ring_at = 0       // the Singapore minute she said she would ring back
VAR sally_taught_game = false
VAR sally_taught_bid = false
VAR sally_taught_misread = false
VAR sally_taught_twenty = false
VAR sally_taught_flood = false
VAR sally_taught_heard = false

=== function sally_at(n) ===
// Moves Sally's clock on by n minutes and prints it.
~ sally_now += n
{hhmm(sally_now)}

=== function leeds() ===
// Jo's time, seven hours behind.
{hhmm(sally_now + 1020)}

=== sally_start ===
Sunday, twenty to midnight in Singapore. Sally lies on top of the sheet in the flat in Tiong Bahru with the ceiling fan going and the trial folders for tomorrow stacked on the chair.
Eight months ago she took the job: running the clinical trials unit at a hospital in Novena, two years, the job she had wanted since her thirties. Jo said yes on the stairs at home in Headingley. Sally has gone over that yes a hundred times since.
Seven hours behind her, it is twenty to five on a Sunday afternoon in Leeds. Jo will be in the workshop behind the house with Pepper asleep on the dust sheets.
For months Sally did everything the magazines say. A message every morning. A call every day at eleven her time, four in Jo's. Parcels of kaya and tea. A video "date night" every Friday at nine her time, which is two in the afternoon in Jo's, in the middle of Jo's working day. Jo's answers got shorter, then shorter again: ok. busy. night x.
Ten days ago, awake at three, Sally read an article about pursuers and distancers, and she stopped. No morning message. Shorter replies. She still rings at four Jo's time, but for ten minutes, and she is the one who rings off first. Not awful, just cool. And Jo has been, a little, warmer. Sally hasn't sent anything today. She hates how well it is working.
-> sally_the_photo

=== sally_the_photo ===
The phone lights up on the sheet.
[{sally_at(1)}] [photo] Finished the Ercol. Thought you'd want to see. #speaker:jo #move:jo.bid
The chair from the auction in Otley, the one with the broken back splat. It glows in the workshop light. Pepper's nose is in the corner of the picture.
{
- received("sally") == "misread":
    -> sally_heard_wrong("Thought you'd want to see", "a photo, instead of a call; that'll have to do you") ->
}
* [Lovely. Nothing else. It's working; don't spoil it. #move:dismiss]
    ~ sally_opening = "cool"
    ~ sally_last = "dismiss"
    ~ sally_cool += 1
    [{sally_at(1)}] Lovely. #speaker:sally
    ~ sally_taught_game = true
    A small turning-away, on purpose. Going cool takes the pressure off someone who withdraws, so it often draws them out a little; that is why it "works". It is also a bid left unanswered (Gottman), and what it teaches both of them is that warmth is a move in a game. #coach
* [I feel far away from you lately, and I'd like to talk properly, not just messages. Can I ring? #move:soft_startup]
    ~ sally_opening = "soft"
    ~ sally_last = "soft_startup"
    [{sally_at(1)}] It's beautiful. I feel far away from you lately, and I'd like to talk properly, not just messages. Can I ring? #speaker:sally
    A soft start-up: I feel … when … I'd like … It says what Sally feels and asks for something Jo can give. At this hour, by message, it is also a risk: there is no face to read it with. #coach
* [Oh, it's gorgeous. The Otley one? Did the back splat come good in the end? #move:turn_toward]
    ~ sally_opening = "toward"
    ~ sally_last = "turn_toward"
    ~ sally_taught_bid = true
    [{sally_at(1)}] Oh, it's gorgeous. The Otley one? Did the back splat come good in the end? #speaker:sally
    Turning toward a bid. A photo sent across seven time zones is a small question, are you still there for me, and answering the chair itself, not the state of things, says yes (Gottman). #coach
* [Ten days of me going quiet and now you send photos. Funny, that. #move:criticize]
    ~ sally_opening = "sharp"
    ~ sally_last = "criticize"
    ~ sally_pressure += 1
    [{sally_at(1)}] Ten days of me going quiet and now you send photos. Funny, that. #speaker:sally
    True, and a charge. It names a pattern in Jo instead of a feeling in Sally, and it punishes the very bid Sally has been waiting for. #coach
- (jo_answers)
Jo is typing…
{
- flooded("jo"):
    The typing stops. Nothing comes. #move:jo.withdraw
- received("jo") == "misread":
    ~ sally_misfired = true
    ~ sally_taught_misread = true
    [{sally_at(2)}] {sally_opening == "soft":Properly. As opposed to what, the chair?|The back splat. Right. Two weeks of nothing and now it's the back splat.} #speaker:jo #move:jo.defend
    Sally wrote it with care, and it landed on eight months of "we need to talk". With goodwill worn thin, a gentle sentence can be heard as the old complaint (Weiss: sentiment override). That isn't a failure in the words; what comes next counts for more. #coach
- sally_opening == "sharp":
    [{sally_at(2)}] Wow. Ok. Some of us are running a whole house on our own, Sal. #speaker:jo #move:jo.defend
- sally_opening == "cool":
    ~ sally_jo_rang = true
    [{sally_at(3)}] You ok? You've been quiet this week x #speaker:jo #move:jo.bid
    A kiss on the end. Jo hasn't put a kiss on the end of anything since June.
- sally_opening == "soft" && state_of("jo") != "calm":
    [{sally_at(2)}] Oil up to my elbows. Give me ten minutes? #speaker:jo #move:jo.ask_space=10
- sally_opening == "soft":
    [{sally_at(2)}] Oil up to my elbows. Give me ten minutes and I'll ring you. #speaker:jo #move:jo.turn_toward
- else:
    [{sally_at(2)}] It did!! Three goes. Pepper supervised. You're up late x #speaker:jo #move:jo.turn_toward
}
-> sally_typing

=== sally_typing ===
{
- sally_opening == "cool":
    Sally looks at the kiss for a long time. This is what she wanted. It feels like winning at cards against someone who doesn't know they're playing.
- sally_misfired || sally_opening == "sharp":
    The three dots come back, and go away again. In Leeds it is {leeds()}, and Jo is standing in the workshop deciding whether to bother.
- else:
    It is {leeds()} in Leeds. Sally can see the workshop without being there: the radio on, the dust in the low sun, Jo wiping her hands on her jeans.
}
<- sally_break_offer
* {sally_opening == "cool"} [Leave it twenty minutes. Then: All good, just a long week. Night x #move:withdraw #time:20]
    ~ sally_last = "withdraw"
    ~ sally_cool += 1
    ~ sally_now += 20
    [{sally_at(1)}] All good, just a long week. Night x #speaker:sally
    {
    - sally_taught_game:
        Twenty minutes, timed. This is the game at its purest: the warmth is rationed to keep Jo reaching. It may well work, and it is no longer Sally's true feelings on the screen. #coach
    }
* {sally_opening == "cool"} [Not really. Can I ring? I'd like to see your face. #move:ask_closeness]
    ~ sally_last = "ask_closeness"
    [{sally_at(1)}] Not really. Can I ring? I'd like to see your face. #speaker:sally
    Asking directly for togetherness (Lancer), as a request that can be said yes or no to. It gives up the advantage the quiet was buying. #coach
* {sally_misfired || sally_opening == "sharp"} [That came out wrong. I'm not having a go. I miss talking to you, that's all. #move:repair]
    ~ sally_last = "repair"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    [{sally_at(1)}] That came out wrong. I'm not having a go. I miss talking to you, that's all. #speaker:sally
    A repair aimed at the moment, not at Jo: it owns how the message landed without arguing about what it meant. #coach
* {sally_misfired || sally_opening == "sharp"} [You've been cold with me for months. I'm only doing what you've been doing. #move:blame]
    ~ sally_last = "blame"
    ~ sally_pressure += 1
    [{sally_at(1)}] You've been cold with me for months. I'm only doing what you've been doing. #speaker:sally
    It is how it feels from Singapore, and it turns the message thread into a ledger. Jo can't agree to being the cold one without losing herself, so she will defend or disappear. #coach
* {sally_opening == "soft" || sally_opening == "toward"} [Ring me when your hands are clean. I'll be here. #move:bid]
    ~ sally_last = "bid"
    [{sally_at(1)}] Ring me when your hands are clean. I'll be here. #speaker:sally
    Leaving the timing to Jo, at Jo's end of the day: a bid that doesn't insist on Sally's clock. #coach
* {sally_opening == "soft" || sally_opening == "toward"} [It's nearly midnight here. Now or never, love. #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 1
    [{sally_at(1)}] It's nearly midnight here. Now or never, love. #speaker:sally
    The time zones are real, and so is the deadline inside this one. Now-or-never turns a call into a test Jo can fail. #coach
* [Sally puts the phone face down and breathes, four counts in, six out, before she answers. #move:self_soothe]
    ~ sally_last = "self_soothe"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    Sally puts the phone face down on the sheet and breathes, four counts in, six out.
    {
    - state_of("sally") != "calm":
        Her jaw is still tight. #body:sally.stirred
    }
    [{sally_at(2)}] Sorry, was brushing my teeth. Can I ring you? #speaker:sally
    Self-soothing first. The pursuer's alarm says answer now, and answer right; a few slow breaths buy the choice of how. #coach
- (jo_answers)
{
- flooded("jo"):
    The message shows as read. Nothing comes. #move:jo.withdraw
- received("jo") == "misread":
    [{sally_at(2)}] Right. #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- sally_last == "blame":
    [{sally_at(2)}] I'm not doing this by text. #speaker:jo #move:jo.defend
- sally_last == "demand" && state_of("jo") != "calm":
    [{sally_at(2)}] Fine. Now, then. #speaker:jo #move:jo.defend
- sally_last == "withdraw":
    Twenty-one minutes after Sally's message, the phone buzzes on the sheet. #time:20
    ~ sally_now += 21
    ~ sally_jo_rang = true
    Jo is calling you. #move:jo.bid
- state_of("jo") == "escalated":
    [{sally_at(2)}] Give me five. #speaker:jo #move:jo.ask_space=5
- else:
    ~ sally_jo_rang = sally_opening == "cool" || sally_last == "bid"
    {
    - sally_jo_rang && sally_opening == "soft":
        Eleven minutes later, the phone buzzes on the sheet. #time:10
        ~ sally_now += 11
        Jo is calling you. #move:jo.turn_toward
    - sally_jo_rang:
        Jo is calling you. #move:jo.turn_toward
    - else:
        [{sally_at(2)}] Go on then. Ring me. #speaker:jo #move:jo.turn_toward
    }
}
-> sally_the_call

=== sally_the_call ===
~ sally_now += 1
~ sally_in_call = true
{
- sally_jo_rang:
    Sally answers. It takes a second for the picture to arrive: Jo in the workshop, sawdust on her cheek, the window behind her full of Leeds sky.
    {
    - flooded("jo"):
        Jo's face is set. She has rung, and she isn't saying anything yet. #move:jo.withdraw
    - state_of("jo") == "calm":
        Hiya, stranger. #speaker:jo #move:jo.humor
    - else:
        Hiya. You sounded off. #speaker:jo #move:jo.bid
    }
- else:
    Sally rings. It rings out twice in that flat international way, and then Jo's face arrives, pixelated, then sharp: the workshop, the sky over Headingley behind her.
    {
    - flooded("jo"):
        Jo looks at the screen and doesn't say anything. #move:jo.stonewall
    - state_of("jo") == "escalated" || stance_of("jo") == "defending":
        Go on, then. #speaker:jo #move:jo.defend
    - else:
        Hiya. Look, it's done. #speaker:jo #move:jo.bid
        She turns the laptop to show the chair.
    }
}
Behind Sally the window is black, full of the lights of the flats opposite. Behind Jo it is a grey, bright afternoon. They are looking at each other from two different times of day.
{
- sally_cool >= 2 && not sally_taught_game:
    ~ sally_taught_game = true
    Jo rang. The game worked. Notice what it cost: Sally got Jo's attention by withholding her own, so Jo is answering a Sally who isn't quite there. #coach
}
<- sally_break_offer
* [Can't be long. Trial monitors at eight. Keep it short, keep her wanting. #move:withdraw]
    ~ sally_last = "withdraw"
    ~ sally_cool += 1
    Can't be long, sorry. Monitors in at eight. #speaker:sally
    {
    - not sally_taught_game:
        ~ sally_taught_game = true
        Keeping it short to keep Jo reaching. It is true that she has an early start, and it is not why she said it. Strategic distance works on the cycle, and it is the cycle still: one pulling back to make the other come forward. #coach
    - else:
        True, and not why she said it. The early start is doing the game's work. #coach
    }
* [Show me properly. Turn it round, I want to see the grain. #move:bid]
    ~ sally_last = "bid"
    Show me properly. Turn it round, I want to see the grain. #speaker:sally
    {
    - not sally_taught_bid:
        ~ sally_taught_bid = true
        A bid at a distance: an interest in the small thing in front of Jo. Across seven hours, this is what closeness is mostly made of (Gottman: turning toward). #coach
    - else:
        Another small bid: the chair, the grain, the thing in Jo's hands. This is most of what closeness is made of, at any distance. #coach
    }
* [I've missed you. Can we just talk for a bit? Not logistics. Us. #move:ask_closeness]
    ~ sally_last = "ask_closeness"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    I've missed you. Can we just talk for a bit? Not the boiler, not flights. Us. #speaker:sally
    Asking for closeness directly. It gives up the cool, and it is what the cool was for. #coach
* [So you ring when I stop ringing. Have you noticed that? #move:criticize]
    ~ sally_last = "criticize"
    ~ sally_pressure += 1
    You ring when I stop ringing. Have you noticed that? #speaker:sally
    Sally has noticed the pattern, and it is real. Said as a charge, it makes Jo the problem, and Jo will defend rather than look at it with her. #coach
- (jo_answers)
{
- flooded("jo"):
    Jo looks away from the camera, at something on the bench. #move:jo.stonewall
- received("jo") == "misread":
    {sally_last == "bid":It's a chair, Sal. You've seen chairs.|Us. Here we go.} #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- sally_last == "criticize" && state_of("jo") == "escalated":
    Because for months it was every day at my four o'clock, when the light's good and I'm working, and it was an hour, and if I was short with you it was a conversation about why. #speaker:jo #move:jo.defend
- sally_last == "criticize":
    I don't know what you want me to say to that. #speaker:jo #move:jo.defend
- sally_last == "withdraw":
    Oh. Right. Course. #speaker:jo #move:jo.bid
    Jo's face falls a little, and then she's leaning in, telling Sally about the chair anyway, as if to keep her.
- sally_last == "bid":
    Jo turns the laptop. The grain of the elm runs the length of the seat like water.
    Took the old finish off with a card scraper. Four hours. Priya says I'm mad. #speaker:jo #move:jo.humor
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    Us is fine, isn't it? We're talking. #speaker:jo #move:jo.dismiss
- else:
    Jo sits down on the stool, properly, the laptop on her knees.
    Okay. Us. #speaker:jo #move:jo.turn_toward
}
-> sally_the_freeze

=== sally_the_freeze ===
~ sally_now += 1
Jo's picture stops. Her mouth is half open, one hand up, the workshop light caught on her glasses. The sound comes a second later, out of step with her mouth: {flooded("jo") || state_of("jo") == "escalated":"…don't know what you want from me."|"…sorry, the wifi out here…"}
Then she moves again, jerkily, and catches up with herself. Three seconds of lag, every sentence a guess at what the other one just meant.
{
- state_of("sally") == "flooded":
    Sally's heart is going hard under the sheet. #body:sally.flooded
- state_of("sally") == "escalated":
    Sally can feel her pulse in her throat. #body:sally.hot
}
This is the moment. Sally could tell her. She could also not.
<- sally_break_offer
* [Keep it light. Ask about Pepper and the boiler. It's nice, finally. Don't spoil it. #move:bid]
    ~ sally_last = "bid"
    ~ sally_cool += 1
    How's Pepper? Did the boiler man ever come? #speaker:sally
    A bid, and a real one; the boiler matters. It is also a way of not saying what she is lying awake with. Light talk keeps the truce, and the truce keeps the game. #coach
    -> sally_keeping_it_light
* [Say you're tired and ought to sleep. Leave her wanting more. #move:withdraw]
    ~ sally_last = "withdraw"
    ~ sally_cool += 1
    I'm shattered, love. I ought to sleep. #speaker:sally
    Leaving first so as to be missed. It is the game's oldest move, and Sally knows exactly what she is doing, which is what she can't stand about it. #coach
    -> sally_keeping_it_light

* [I've been playing it cool. I read an article and stopped messaging on purpose, to see if you'd come closer. You did. I hate it. I miss you. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_said_it = true
    ~ sally_pressure = 0
    Jo, I have to tell you something, and it's embarrassing. I've been playing it cool. I read an article, and I stopped the morning messages on purpose, to see if you'd come closer. #speaker:sally
    And you did. And I hate it. It feels like a game, and I don't want to win you by going cold. I miss you. That's the true thing. #speaker:sally
    Vulnerable and authentic, as Terry answered the comment: the soft feeling, and the step Sally took in the dance, both said out loud. It costs the advantage, and it gives Jo something real to answer. #coach
    -> sally_said_it_answer
* [You only want me when I stop wanting you. Do you know that? #move:blame]
    ~ sally_last = "blame"
    ~ sally_pressure += 1
    You only want me when I stop wanting you. Do you know that? #speaker:sally
    The pattern, as a verdict. Sally has seen something true about the dance and handed it to Jo as Jo's fault: the pursuer's protest at its sharpest. #coach
    -> sally_said_it_answer
// ---------------------------------------------------------------------------------------------
// A break, whenever Sally is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== sally_break_offer ===
+ {flooded("sally")} [I'm too wound up to do this well. Twenty minutes, and I'll ring you back. #move:take_break=20]
    ~ sally_last = "take_break"
    ~ sally_ring_at = sally_now + 25
    I'm too wound up to do this well, love. Can we stop for twenty minutes? I'll ring you back at {hhmm(sally_ring_at + 1020)} yours. #speaker:sally
    Sally is past the flooding line herself: words come out harder than she means them, and warm ones are hard to reach. Calling the break on herself, with a time to come back, is the skill. #coach
    ~ sally_break_by = "message"
    -> sally_the_break

// A warm move heard as an attack, noted once a path where it first happens.
=== sally_misread_note ===
{
- not sally_taught_misread:
    ~ sally_taught_misread = true
    It was warm, and it was heard as the old charge: with goodwill worn thin by months of calls at the wrong hour, a kind sentence can land on a bruise (Weiss: sentiment override). That isn't Sally's failure, and staying warm through a misfire is how the sentiment changes. #coach
}
->->

// Sally hears a kind word of Jo's as a brush-off: her own sentiment override.
=== sally_heard_wrong(said, heard) ===
Sally takes in "{said}" and hears: {heard}. She has to go over it again to catch what it actually says.
{
- state_of("sally") != "calm":
    Her face goes hot in the dark. #body:sally.stirred
}
{
- not sally_taught_heard:
    ~ sally_taught_heard = true
    That one was Sally's misfire. After months of short answers, a kind line can arrive sounding like the old brush-off (sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The cool track: the game works
// ---------------------------------------------------------------------------------------------

=== sally_keeping_it_light ===
~ sally_now += 2
{
- flooded("jo"):
    Jo shrugs at the camera. #move:jo.withdraw
    Sure. Whatever. #speaker:jo #move:jo.dismiss
- sally_last == "withdraw" && state_of("jo") != "calm":
    Already? We've only just... okay. #speaker:jo #move:jo.bid
- sally_last == "withdraw":
    Five more minutes? Go on. You've been in such a rush all week. #speaker:jo #move:jo.bid
- received("jo") == "misread":
    Pepper's fine. The boiler's fine. Everything's fine, Sal. #speaker:jo #move:jo.dismiss
- else:
    Pepper ate a whole bar of soap on Thursday and was sick in your slippers. The boiler man came and said it's on its last legs, like the rest of us. #speaker:jo #move:jo.humor
}
{
- not flooded("jo") && state_of("jo") != "escalated" && sally_last != "withdraw":
    She's laughing. She's leaning toward the screen. It is the warmest Jo has been since the spring, and Sally is watching herself be pleasant, from a little way off.
}
<- sally_break_offer
* [Laugh with her. Tell her about the durian on the MRT. Stay pleasant; stay a step back. #move:humor]
    ~ sally_last = "humor"
    ~ sally_cool += 1
    Sally tells her about the man with the durian on the MRT, and the guard, and the smell, and Jo laughs properly, head back.
    Humour is warmth, and this is real laughter. It is also the light Sally is using so she doesn't have to say the dark thing. #coach
* [Stop being pleasant. Tell her you haven't been busy. You've been lying here not ringing her, on purpose. #move:own_part]
    ~ sally_last = "own_part"
    ~ sally_said_it = true
    Jo. Stop a second. I haven't been busy. I've been lying here not ringing you, on purpose. I read an article and I've been playing it cool, and you've been warmer, and I hate it. I miss you. #speaker:sally
    Owning her step in the dance, late but aloud. Lerner: it's easier to point at our partner than to see our own part. Sally saw hers, and said it. #coach
    -> sally_said_it_answer
* [Ask what she's doing next weekend, as if it doesn't much matter. #move:dismiss]
    ~ sally_last = "dismiss"
    ~ sally_cool += 1
    What're you up to next weekend? Anything? #speaker:sally
    Casual on purpose. Sally cares very much what Jo is doing next weekend, and has made sure it doesn't show. #coach
- (jo_answers)
{
- flooded("jo"):
    Jo looks at the bench. #move:jo.withdraw
- sally_last == "dismiss":
    Priya's allotment thing. Then nothing. Why, are you coming home? #speaker:jo #move:jo.bid
    She says it as a joke, and it isn't one.
- else:
    You're funny tonight. I've missed this, you know. Just talking. #speaker:jo #move:jo.appreciate
}
-> sally_last_chance

=== sally_last_chance ===
~ sally_now += 3
{
- flooded("jo"):
    The call stutters. Jo says she should feed the dog.
- else:
    They talk for a while about nothing. Priya's leeks. Sally's boss, who signs his emails with a full stop. Jo's face, pixelated, then clear, then pixelated.
    And then Jo, looking at something off to the side of the screen:
    I've missed your messages. In the mornings. I didn't think I'd notice. #speaker:jo #move:jo.share_vulnerable
    {
    - received("sally") == "misread":
        -> sally_heard_wrong("I've missed your messages", "the messages, not you; and it was you who stopped them") ->
    }
}
{flooded("jo"):Whatever Jo might have said tonight, she isn't going to say it now. Sally could still say the true thing herself.|There it is: the thing Sally wanted. She could answer it with the truth.}
<- sally_break_offer
* [Have you? Say it lightly. Change the subject to the boiler. #move:dismiss]
    ~ sally_last = "dismiss"
    ~ sally_cool += 1
    Have you? Anyway. The boiler. Did he give you a quote? #speaker:sally
    Sally smiles as she says it.
    The bid Sally was fishing for, and Sally turned from it, to keep the upper hand. It is safer than being seen wanting it. It is also lonelier. #coach
* [I stopped them on purpose. I'm sorry. I didn't want to get you back with a trick. I miss you. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_said_it = true
    I stopped them on purpose, Jo. I read something and I went cool to see what you'd do. I'm sorry. I don't want to get you back with a trick. I miss you. I've missed you since the airport. #speaker:sally
    The game had just paid out, and Sally put the winnings down. Authenticity costs the advantage; it also lets Jo answer Sally instead of the game. #coach
    -> sally_said_it_answer
* [Good. Now you know how it feels. #move:contempt]
    ~ sally_last = "contempt"
    ~ sally_pressure += 2
    Good. Now you know how it feels. #speaker:sally
    Contempt, the sharpest of Gottman's four horsemen: it turns Jo's first soft sentence in months into a point scored. #coach
    -> sally_said_it_answer
- (jo_answers)
{
- flooded("jo"):
    Jo nods. #move:jo.withdraw
- else:
    A quote. Yeah. Eleven hundred. #speaker:jo #move:jo.withdraw
    Jo's face closes a little, politely.
}
-> sally_after_the_call

=== sally_after_the_call ===
~ sally_in_call = false
~ sally_now += 6
They say goodnight. {flooded("jo"):Jo doesn't say love you.|Love you, Jo says. Love you, Sally says.} The screen goes back to the photo of the chair.
Sally lies in the dark with the fan going round. Jo was warmer tonight than she has been in months, and Sally feels further away from her than she did at twenty to midnight.
[{sally_at(1)}] …
The cursor blinks. It is {leeds()} in Leeds, and Jo will be feeding Pepper.
<- sally_break_offer
* [Send nothing. Sleep. It worked; let it work. #move:withdraw]
    ~ sally_last = "withdraw"
    She puts the phone on the chair on top of the folders and turns over.
    -> sally_hollow
* [Record a voice note. Say the true thing, while it's dark and she can't see your face. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_said_it = true
    ~ sally_voice = true
    Sally holds the microphone button down and talks for two minutes and eleven seconds.
    Jo. It's me. I've been going cool on purpose. I read an article and I thought, if I stop chasing, she'll come back. And you have, a bit, and I hate it, because it isn't me. I miss you. I'm lonely here, and I think you're lonely there, and I'd rather say so than win. #speaker:sally
    A voice note is a bid at a distance that doesn't need the other person awake: it waits for them. The true thing, said once, plainly. #coach
    -> sally_voice_note
* [Send a single kiss. x. Warm enough; not too warm. #move:bid]
    ~ sally_last = "bid"
    ~ sally_cool += 1
    [{sally_at(1)}] x #speaker:sally
    {
    - flooded("jo"):
        Read. #move:jo.withdraw
    - else:
        [{sally_at(1)}] xx #speaker:jo #move:jo.bid
    }
    Measured out, one kiss at a time. Jo answers with two. The game works, and it's a game. #coach
    -> sally_hollow

=== sally_hollow ===
Sally sleeps badly and wakes at six to the hospital alarm. There is a good-morning message from Jo, the first since June, sent at eleven last night Leeds time so that it would be there when she woke. #time:360
~ sally_now += 360
Morning you. Pepper says hi x #speaker:jo #move:jo.bid
It is exactly what she wanted ten days ago. She reads it on the bus to Novena and waits four hours to answer, because that is what has been working. #time:240
~ sally_now += 240
It works: Jo is warmer, and Sally is lonelier, and neither of them has said one true thing. Strategic distance can change the steps of the dance without changing the dance; what it can't do is let Jo meet the real Sally. "If you feel you can't be yourself with a partner, it's not a good sign over the long run." #coach
The game works. Both of them are lonelier than before. #ending:hollow_win
-> END

=== sally_voice_note ===
The note shows as delivered, then as listened to, at {leeds()} in Leeds.
No answer. Sally watches the two blue ticks until the screen dims. #time:25
~ sally_now += 25
{
- state_of("sally") == "calm":
    Somewhere in the waiting her shoulders come down. #body:sally.calm
- else:
    She is steadier than she was, if not calm. #body:sally.stirred
}
Jo is calling you. #move:jo.bid
Jo's face arrives. She has been crying, or the workshop light is doing something odd.
I listened to it three times. #speaker:jo #move:jo.turn_toward
-> sally_her_side

// ---------------------------------------------------------------------------------------------
// The true thing, and the drop
// ---------------------------------------------------------------------------------------------

=== sally_said_it_answer ===
~ sally_now += 1
{
- flooded("jo"):
    Jo's face goes still on the screen, and this time it isn't the wifi.
    I can't. Not... #speaker:jo #move:jo.withdraw
- received("jo") == "misread":
    ~ sally_misfired = true
    So I've been managed. Brilliant. Ten days of being managed. #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- sally_last == "blame" || sally_last == "contempt":
    {state_of("jo") == "escalated" || stance_of("jo") == "defending":Do you know what it's like here? Do you have any idea?|That's not fair, Sal.} #speaker:jo #move:jo.defend
- state_of("jo") == "escalated":
    So it was a tactic. Okay. Okay. #speaker:jo #move:jo.defend
- else:
    Jo is quiet for so long that Sally thinks it has frozen again. It hasn't.
    I noticed. The mornings. I hated it. And I've been doing it to you for months, haven't I. Just not on purpose. #speaker:jo #move:jo.own_part
}
{
- not flooded("jo") && received("jo") != "misread" && sally_last != "blame" && sally_last != "contempt":
    The thing is, Sal. Since you went, I've... #speaker:jo #move:jo.bid
}
The picture freezes on Jo's mouth, open on the next word. The spinning wheel. Then: Call ended. Poor connection.
-> sally_dropped

=== sally_dropped ===
~ sally_in_call = false
~ sally_now += 1
The flat is very quiet. The fan. A motorbike on Seng Poh Road. The last frame of Jo's face has gone, and the photo of the chair is back.
{
- state_of("sally") == "flooded":
    Sally's heart is pounding. She has the phone in both hands. #body:sally.flooded
- state_of("sally") == "escalated":
    Sally's pulse is up, quick and high. #body:sally.hot
}
{
- not sally_taught_flood && flooded("jo"):
    ~ sally_taught_flood = true
    Jo was already over the flooding line when the line dropped: past about 100 beats a minute the body stops taking words in (Gottman). The connection did what a break would: whatever Sally does next decides whether it becomes one. #coach
- sally_said_it:
    The worst moment to lose the line: just after the true thing, before the answer. What each of them does now, in the silence, is part of the answer. #coach
}
* [Ring straight back. She was about to say something. #move:bid]
    ~ sally_last = "bid"
    -> sally_ring_back
* [Wait for her to ring. She's the one on the bad wifi. #move:withdraw]
    ~ sally_last = "withdraw"
    -> sally_waiting
+ [Message: Dropped. Let's give it twenty minutes. I'll ring you back then. #move:take_break=20]
    ~ sally_last = "take_break"
    ~ sally_break_by = "message"
    ~ sally_ring_at = sally_now + 25
    [{sally_at(1)}] Dropped. Let's give it twenty minutes, I think we both need it. I'll ring you at {hhmm(sally_ring_at + 1020)} yours. x #speaker:sally
    A break said out loud, with a time to come back: the dropped call becomes a pause instead of a silence. Walk away, Gaspard writes, but not in anger or blame. #coach
    -> sally_the_break
* {sally_said_it} [Hold the microphone down and say the rest into a voice note. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_voice = true
    Sally records it in one go, before she can think better of it.
    I wasn't finished. I don't want you managed. I want you. I've been lonely in a way I didn't know was possible, with a pool downstairs and a job I wanted. Ring me when you can. Or don't, tonight. But I'm here. #speaker:sally
    {
    - flooded("jo"):
        Delivered. Not listened to. #move:jo.withdraw
        A voice note waits for its listener, and Jo, over the line, can't take it in yet. It will keep until she can; the pursuer's job now is to let it. #coach
        -> sally_waiting
    - else:
        Listened to. Then, after a few minutes: Jo is calling you. #move:jo.turn_toward
        A voice note is a bid that waits for its listener, at her hour, not Sally's. #coach
        -> sally_her_side
    }

=== sally_ring_back ===
~ sally_now += 1
It rings.
{
- flooded("jo"):
    It rings and rings. Declined. Then a message.
    [{sally_at(1)}] Not now. Please. #speaker:jo #move:jo.withdraw
- received("jo") == "misread":
    Jo answers, and her face arrives already braced.
    You didn't have to ring straight back like that. I was coming back. #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    ~ sally_jo_arms = true
    Jo answers on the fourth ring, her arms folded.
    It's the wifi, Sal. It's not a statement. #speaker:jo #move:jo.defend
- else:
    Jo answers on the second ring, the laptop under her arm, walking up the garden.
    Sorry. Workshop wifi. I've moved nearer the kitchen. #speaker:jo #move:jo.repair
    -> sally_her_side
}
{
- state_of("sally") == "flooded":
    Sally's heart is hammering. #body:sally.flooded
}
<- sally_break_offer
* {flooded("jo")} [Ring again. And again. She can't just not answer. #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 1
    Sally rings again. Declined. Again.
    Ringing past a stated no is the alarm talking: it says reach her now, whatever she said. To the one being rung it feels like being chased, and every ring makes the next answer less likely. #coach
    -> sally_gone_dark
* {flooded("jo")} [Okay. Take the time you need. I'll ring in twenty minutes, if you want me to. #move:take_break=20]
    ~ sally_last = "take_break"
    ~ sally_break_by = "message"
    ~ sally_ring_at = sally_now + 25
    [{sally_at(1)}] Okay. Take the time you need. I'll ring at {hhmm(sally_ring_at + 1020)} yours, if you want me to. x #speaker:sally
    A break offered with a time to come back, and no demand in it: the hardest message for a pursuer to send. #coach
    -> sally_the_break
* {not flooded("jo")} [Sorry. I panicked when it went. I wasn't finished, that's all. #move:repair]
    ~ sally_last = "repair"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    Sorry. I panicked when it went. I wasn't finished, that's all. And I think you weren't either. #speaker:sally
    A repair for the ringing, not for the true thing: Sally keeps what she said and takes back only the panic. #coach
    {
    - flooded("jo"):
        Jo nods at the bench. #move:jo.withdraw
    - received("jo") == "misread":
        Finished. Like it's a presentation. #speaker:jo #move:jo.defend
        -> sally_misread_note ->
    - else:
        No. I wasn't. #speaker:jo #move:jo.turn_toward
        {sally_jo_arms:Jo unfolds her arms.}
    }
    -> sally_her_side
* {not flooded("jo")} [Let's both stop for twenty minutes. I'll ring you back when they're up. #move:take_break=20]
    ~ sally_last = "take_break"
    ~ sally_break_by = "message"
    ~ sally_ring_at = sally_now + 25
    This is going wrong and it's not the wifi. Let's both stop for twenty minutes. I'll ring you at {hhmm(sally_ring_at + 1020)}. #speaker:sally
    A break called before anyone is over the line, with a time to come back: that is what makes it a break and not an exit. #coach
    -> sally_the_break
* {not flooded("jo")} [{sally_jo_arms:Don't. Don't fold your arms at me.|Don't. Don't look at me like that.} I've just told you something. #move:criticize]
    ~ sally_last = "criticize"
    ~ sally_pressure += 1
    {sally_jo_arms:Don't fold your arms at me, Jo.|Don't look at me like that, Jo.} I've just told you something. #speaker:sally
    The hurt of the drop arrives as a charge at Jo's body language. Through a screen, at midnight, crossed arms look like a verdict; they are usually a brace. #coach
    -> sally_hangs_up
* {flooded("jo")} [Fine. I'll stop bothering you. #move:withdraw]
    ~ sally_last = "withdraw"
    [{sally_at(1)}] Fine. I'll stop bothering you. #speaker:sally
    A pursuer going cold for real this time, not as a tactic. It looks like calm, and it is the circle's last turn. #coach
    -> sally_waiting.long_wait

=== sally_waiting ===
{sally_voice:She puts the phone on the pillow and waits for the note to be listened to.|She puts the phone on the pillow and waits for Jo to ring. Jo is the one with the bad wifi. It's Jo's turn.}
The fan goes round. The phone stays dark on the pillow. #time:20
~ sally_now += 20
Twenty minutes. Nothing.
{
- state_of("sally") == "calm":
    Sally is steadier now; the waiting has done that much. #body:sally.calm
- else:
    She is steadier than she was, if not calm. #body:sally.stirred
}
* [Ring her now. Someone has to. #move:bid]
    ~ sally_last = "bid"
    Sally rings.
    {
    - flooded("jo"):
        Declined. #move:jo.withdraw
        -> long_wait
    - else:
        Jo picks up at once, as if she had the phone in her hand. She did.
        I thought you'd gone to bed. I thought that was it. #speaker:jo #move:jo.share_vulnerable
        Each of them waiting for the other: the distancer because the pursuer always rings, the pursuer because it's the distancer's turn. Someone has to go first, and it cost Sally nothing she needed. #coach
        -> sally_her_side
    }
* [Message: Night, then. And turn the phone off. #move:withdraw]
    ~ sally_last = "withdraw"
    [{sally_at(1)}] Night, then. #speaker:sally
    -> long_wait
* [Keep waiting. If she wanted to, she would. #move:withdraw]
    ~ sally_last = "withdraw"
    -> long_wait

= long_wait
Sally turns the phone face down and lies in the dark. The fan goes round. At two she is still awake. #time:120
~ sally_now += 120
{
- flooded("jo") || stance_of("jo") == "stonewalling":
    Jo doesn't message that night. #move:jo.stonewall
- else:
    Jo doesn't message that night. #move:jo.withdraw
}
On Monday there is nothing. On Tuesday, a photo of Pepper, no words. Sally hearts it. On Wednesday, nothing from either of them. #time:600
~ sally_now += 600
{
- sally_said_it:
    She said the true thing and then the line went, and each of them waited for the other to pick it back up: in Leeds, Jo was standing in the kitchen with the laptop, waiting for Sally, who always rings. A dropped call is only a break if someone says when they'll come back. #coach
- else:
    Withdraw meets withdraw: the quietest turn of the cycle, and at a distance the one that lasts longest. In Leeds, Jo was waiting too, for Sally, who always rings. A dropped call is only a break if someone says when they'll come back. #coach
}
The call stays dropped. By Thursday neither of them knows how to be the one who rings. #ending:left_dropped
-> END

// ---------------------------------------------------------------------------------------------
// The break: the dropped call turned into twenty minutes, or cut short
// ---------------------------------------------------------------------------------------------

=== sally_the_break ===
~ sally_now += 1

{
- sally_in_call && flooded("jo"):
    Jo nods, not looking at the camera.
    Okay. #speaker:jo #move:jo.take_break
    The call ends. Sally ended it, and said when she'd ring.
    ~ sally_in_call = false
- sally_in_call:
    Okay. Twenty minutes. Ring me. #speaker:jo #move:jo.take_break
    The call ends. Sally ended it, and said when she'd ring.
    ~ sally_in_call = false
- flooded("jo"):
    Read. Then, a minute later:
    [{sally_at(1)}] ok #speaker:jo #move:jo.take_break
- sally_break_by == "message" && state_of("jo") == "escalated":
    [{sally_at(1)}] Ok. #speaker:jo #move:jo.take_break
- else:
    [{sally_at(1)}] Ok. Twenty minutes. x #speaker:jo #move:jo.take_break
}
{
- not sally_taught_twenty:
    ~ sally_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. A break has a time to come back, and no punishment in it. #coach
}
{sally_the_break > 1:Again, then. Sally fills the kettle a second time. In Leeds the sun will be low over the allotments by now.|Sally gets up and fills the kettle. The kitchen light is very white. In Leeds the sun will be getting low over the allotments.} #time:4
~ sally_now += 4
Then the other alarm goes off, the old one: she's relieved, she's putting the kettle on and thinking thank God; what if she doesn't pick up when the twenty minutes are up. #time:3
~ sally_now += 3
* {not flooded("sally")} [Make the tea. Stand on the balcony. Let the alarm ring itself out. #move:self_soothe]
    -> settle
+ {flooded("sally")} [Make the tea. Stand on the balcony. Let the alarm ring itself out. #move:take_break=20]
    -> settle
* [Message her. Just: Are we okay? #move:bid]
    ~ sally_last = "bid"
    ~ sally_cut_short = true
    [{sally_at(1)}] Are we okay? #speaker:sally
    -> cut_short
* [Message her the rest of what you meant, so she has it before the call. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_cut_short = true
    [{sally_at(1)}] I just want you to know I meant it. I miss you.{sally_said_it: I'm not trying to trick you.} #speaker:sally
    -> cut_short

= settle
Sally takes the tea out onto the balcony. The air is like a warm cloth. Across the road someone is watching football with the sound down. #time:8
~ sally_now += 8
She counts her breath, four in and six out, because it gives the fear something to do besides give orders. #time:6
~ sally_now += 6
{
- state_of("sally") == "calm":
    By the end of the tea her hands are steady. #body:sally.calm
- else:
    She is steadier than she was, if not calm. #body:sally.stirred
}
-> sally_call_back

= cut_short
{
- flooded("jo"):
    Read at once. Then nothing, long enough that Sally checks the wifi. Then:
    [{sally_at(2)}] You said twenty minutes. #speaker:jo #move:jo.defend
- received("jo") == "misread":
    [{sally_at(2)}] Can you not. Twenty minutes, you said. #speaker:jo #move:jo.defend
- else:
    [{sally_at(2)}] We're ok. I just need the time. #speaker:jo #move:jo.ask_space=10
}
{
- flooded("jo"):
    Reaching into a break, even gently, starts it over for a body that was still cooling: the twenty minutes only count if nothing cuts into them. The reach was the pursuer's alarm talking, not a failing. #coach
- else:
    She was steady enough to take it. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
+ [Okay. Sorry. Twenty minutes, properly. I won't message again. #move:take_break=20]
    ~ sally_ring_at = sally_now + 24
    [{sally_at(1)}] Okay. Sorry. Twenty minutes, properly, from now. I'll ring at {hhmm(sally_ring_at + 1020)}. I won't message again. #speaker:sally
    She puts the phone in the drawer with the takeaway menus and shuts it. #time:10
    ~ sally_now += 10
    She washes the two mugs in the sink, slowly. She waters Jo's cutting of the spider plant, which is thriving out of spite. #time:12
    ~ sally_now += 12
    -> sally_call_back
* [Fine. Forget it, then. #move:withdraw]
    ~ sally_last = "withdraw"
    [{sally_at(1)}] Fine. Forget it. #speaker:sally
    -> sally_waiting.long_wait

=== sally_call_back ===
~ sally_in_call = true
~ temp late = sally_now > sally_ring_at + 1
{ sally_now + 1 < sally_ring_at:
    Sally waits for the minute she said, watching the clock on the cooker. #time:2
    ~ sally_now += 2
}
~ sally_now = MAX(sally_now + 1, sally_ring_at)
At {leeds()} in Leeds, {hhmm(sally_now)} in Singapore, Sally rings. {late:Later than she said: the twenty minutes had to start again.|As she said she would.}
{
- flooded("jo"):
    Jo answers, but her face is still closed.
    I'm here. I don't know if I can do much more tonight. #speaker:jo #move:jo.withdraw
- state_of("jo") == "escalated" || state_of("jo") == "activated":
    Jo picks up. She's in the kitchen now, a mug in both hands.
    Hiya. #speaker:jo #move:jo.dismiss
- else:
    Jo picks up on the first ring. She's in the kitchen now, with a mug, and Pepper's head on her knee.
    Hiya. Sorry about before. Not the wifi. The other bit. #speaker:jo #move:jo.repair
}
{
- sally_said_it && not flooded("jo"):
    -> sally_her_side
}
<- sally_break_offer
* [Thank you for picking up. Can we leave the big stuff for Saturday, and just say goodnight properly? #move:appreciate]
    ~ sally_last = "appreciate"
    Thank you for picking up. Can we leave the big stuff for Saturday, your morning, and just say goodnight properly now? #speaker:sally
    -> sally_break_ending
* [I'm sorry about the article thing. I've been playing it cool, and I hate it. I miss you. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_said_it = true
    I owe you the truth. I've been playing it cool. On purpose, after an article. And I hate it. I miss you. #speaker:sally
    Said after a break instead of in the heat: the same true thing, with room for it to land. #coach
    {
    - flooded("jo"):
        Jo looks at her a long time. #move:jo.withdraw
        I heard you. I can't do it tonight. Saturday? #speaker:jo #move:jo.ask_space=60
        -> sally_break_ending
    }
    -> sally_her_side
* [So. Are you going to tell me what you were going to say? #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 1
    So. Are you going to tell me what you were going to say? #speaker:sally
    Coming back with the same urgency restarts the cycle. A break only works if both people come back softer than they left. #coach
    {
    - flooded("jo") || state_of("jo") == "escalated":
        Not like this, no. #speaker:jo #move:jo.withdraw
        -> sally_waiting.long_wait
    - else:
        Jo sighs, and puts the mug down. #move:jo.withdraw
        -> sally_her_side
    }

// ---------------------------------------------------------------------------------------------
// Jo's side
// ---------------------------------------------------------------------------------------------

=== sally_her_side ===
~ sally_in_call = true
~ sally_now += 2
{
- flooded("jo"):
    Jo shakes her head. She can't find the start of it.
    Not now. I can't get it out right now. #speaker:jo #move:jo.withdraw
- state_of("jo") == "escalated" || stance_of("jo") == "defending":
    ~ sally_jo_told = true
    You asked me on the stairs, and I said yes, because it was your chance. And then you went, and I'm here. With a boiler on its last legs and a dog who eats soap. You get an adventure. I get a long wait. There. #speaker:jo #move:jo.blame
- else:
    ~ sally_jo_told = true
    You asked me on the stairs, and I said yes, because it was your chance, and I meant it. And then you went. #speaker:jo #move:jo.share_vulnerable
    And I'm here. With the boiler and Pepper and your side of the bed. And for months, every day at four, right in the middle of my working day, you rang, and it was an hour, and I was meant to be glad. And I was. And I'm so angry with you I can't look at you some days. So I don't. #speaker:jo #move:jo.share_vulnerable
}
{
- received("sally") == "misread" && sally_jo_told:
    -> sally_heard_wrong("I said yes", "I gave you this, so you don't get to mind what it costs") ->
}
{
- sally_jo_told:
    What was under the cold: not someone else, not indifference. Grief at being left, anger she hasn't had a place to put, and calls that had turned into a duty to perform. #coach
}
<- sally_break_offer
* [We agreed, Jo. It's two years. It was for both of us, you said so. #move:defend]
    ~ sally_last = "defend"
    ~ sally_defended = true
    ~ sally_pressure += 1
    We agreed, Jo. It's two years. It was for both of us, you said so. #speaker:sally
    All true, and the contract was signed together. But met with the contract, Jo's first real disclosure in months teaches her that saying it costs more than staying cold. #coach
* [You've been on your own with all of it. Of course you're angry. I'd be angry. #move:validate]
    ~ sally_last = "validate"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    You've been on your own with all of it. Of course you're angry. I'd be angry. #speaker:sally
    Validation: Sally doesn't have to agree that the job was wrong to see why Jo is angry about it. #coach
* [I'll ask for leave. I'll fly back every six weeks. We'll fix it. #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 1
    I'll ask for leave. I'll fly back every six weeks. We can fix this. #speaker:sally
    A fix before Jo has finished feeling it: it turns her grief into a logistics problem, and gives her one more plan to be grateful for. #coach
* [I made the job the plan and you the footnote. The four o'clock calls were for me, not you. #move:own_part]
    ~ sally_last = "own_part"
    ~ sally_pressure = 0
    I think I made the job the plan and you the footnote. And the calls at your four o'clock, they were for me. So I could sleep. Not for you. #speaker:sally
    Owning her part of the dance: the attentiveness was real love, and it was also Sally managing her own fear, on her own clock. #coach
- (jo_answers)
{
- flooded("jo"):
    Jo looks at the mug. #move:jo.withdraw
- sally_last == "defend" && (state_of("jo") == "escalated" || flooded("jo")):
    See. This is why I don't say anything. #speaker:jo #move:jo.defend
- sally_last == "defend":
    I know we agreed. I'm not saying I didn't agree. I'm saying what it's been like. #speaker:jo #move:jo.defend
- sally_last == "demand":
    Every six weeks. With what money, Sal. And then you'd go again. #speaker:jo #move:jo.dismiss
- received("jo") == "misread":
    Don't handle me. I don't need handling. #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- else:
    Jo lets out a breath she seems to have been holding since the airport.
    Yeah. I am. I didn't know how to say it without it sounding like I wanted you to come home. And I don't. I want you to have it. Both things. #speaker:jo #move:jo.turn_toward
}
-> sally_asking

=== sally_asking ===
~ sally_now += 2
{
- sally_pressure >= 2:
    They are both tired. It is {hhmm(sally_now)} in Singapore, and the conversation has gone somewhere neither of them can see the end of.
- else:
    It is {hhmm(sally_now)} in Singapore. Sally hasn't yet said what she wants. So far it has mostly come out as what's missing, or as nothing at all.
}
<- sally_break_offer
* [From now on, we speak every day. Eleven my time. No excuses. #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 2
    From now on we speak every day. Eleven my time. No excuses, no "busy". #speaker:sally
    A rule instead of a request, on Sally's clock. Agreement may come, but to someone who withdraws a daily slot sounds like the duty that was wearing her out. #coach
* [I don't want to play it cool any more. I want to be allowed to miss you out loud. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    I don't want to play it cool any more. I want to be allowed to miss you out loud, without it being a thing you have to fix. #speaker:sally
    What Sally needs, said directly: to be herself with Jo. It is the seed's own answer, put as a request. #coach
* [Here's what I'd like. A real date: I fly home for the Deepavali long weekend. And until then, one call a week at your time, not mine. #move:ask_closeness]
    ~ sally_last = "ask_closeness"
    ~ sally_visit = true
    ~ sally_pressure = MAX(sally_pressure - 1, 0)
    Can I say what I'd like? I want to come home for the Deepavali long weekend. A real date, a real table, both of us in the same time of day. And until then, one proper call a week, at your time, not mine. Saturday, your morning, my evening. #speaker:sally
    Asking for togetherness directly, as a request that can be answered yes or no (Lancer), and fitted to Jo's clock this time. #coach
- (jo_answers)
{
- flooded("jo"):
    Jo nods, but she is a long way off. #move:jo.withdraw
- sally_last == "demand" && state_of("jo") == "escalated":
    So now it's a rota. Great. #speaker:jo #move:jo.defend
- sally_last == "demand":
    Eleven your time is four mine, Sal. That's the whole problem. #speaker:jo #move:jo.defend
- received("jo") == "misread":
    Another thing I'm not doing right. #speaker:jo #move:jo.defend
    -> sally_misread_note ->
- sally_last == "ask_closeness":
    Jo's face does something complicated, and then it's a smile.
    The long weekend. Yes. Come home. I'll do the spare room. No, I won't. #speaker:jo #move:jo.turn_toward
- else:
    You're allowed. God, you're allowed. I think I stopped being allowed to miss you as well, somewhere. #speaker:jo #move:jo.turn_toward
}
-> sally_her_ask

=== sally_her_ask ===
~ sally_now += 1
Jo pulls her sleeves down over her hands, working up to something.
{
- flooded("jo") || state_of("jo") == "escalated":
    -> twenty_ask
}
Can I ask for something too? Not every call has to be a date. Some Sundays I want to be in the workshop and just send you a photo of a chair, and for that to count. #speaker:jo #move:jo.ask_space=30
Now Jo is asking for space directly. It is the other half of Lancer's advice: each of them saying what they need, without guilt and without blame. #coach
<- sally_break_offer
* [Honestly? That scares me. Photos feel like a long way off. But yes. #move:share_vulnerable]
    ~ sally_last = "share_vulnerable"
    Honestly? That scares me a bit. Photos feel like a long way off. But yes. #speaker:sally
    Naming the fear and saying yes anyway: self-soothing in action, not needing Jo to take the fear away. #coach
    -> her_answer
* [So I get you by photo now? #move:criticize]
    ~ sally_last = "criticize"
    ~ sally_pressure += 1
    So I get you by photo now? #speaker:sally
    An ask for space heard as rejection. The pursuer's alarm read a need as a threat, and the cycle starts again. #coach
    {
    - state_of("jo") == "escalated" || flooded("jo"):
        Jo looks away from the screen and doesn't answer. #move:jo.stonewall
        -> sally_hangs_up
    - else:
        That's not what I... Forget it. Forget I asked. #speaker:jo #move:jo.withdraw
        Jo says she should feed the dog, and the call ends, politely, from Leeds.
        -> sally_waiting.long_wait
    }
* [It counts. It always counted. I just couldn't hear it from here. #move:turn_toward]
    ~ sally_last = "turn_toward"
    It counts. It always counted. I think I just couldn't hear it from here. #speaker:sally
    Saying yes to space that comes with a way back: no fear of being abandoned, no fear of being swallowed. #coach
    -> her_answer

// Her yes can still be misheard, and the night can still be too hot for it: then Jo asks for time.
= her_answer
{
- received("jo") == "misread":
    {sally_last == "share_vulnerable":Scares you. Right. So I can't have a Sunday without it being a thing.|Couldn't hear it. So it's the wifi's fault.} #speaker:jo #move:jo.defend
    -> sally_misread_note ->
    -> twenty_ask
- flooded("jo") || state_of("jo") == "escalated" || flooded("sally") || state_of("sally") == "escalated":
    -> twenty_ask
- sally_pressure >= 2:
    -> twenty_ask
}
-> sally_reconnected

// Jo asks for twenty minutes, with a time; Sally's answer is to that.
= twenty_ask
~ sally_ring_at = sally_now + 21
{
- sally_her_ask.twenty_ask == 1 && sally_her_ask.her_answer == 0:
    I need to stop for a bit. Can I have twenty minutes? I'll ring you at {hhmm(sally_ring_at + 1020)}. #speaker:jo #move:jo.ask_space=20
- else:
    I need a minute. Twenty. I'll ring you at {hhmm(sally_ring_at + 1020)}. #speaker:jo #move:jo.ask_space=20
}
{
- not sally_taught_twenty:
    Jo is asking for the break herself, with a time to come back: the sentence that turns a withdrawal into a pause (Lancer; Gottman). #coach
}
+ [Yes. Twenty minutes. I'll be here. #move:take_break=20]
    ~ sally_last = "take_break"
    Yes. Twenty minutes. I'll be here. #speaker:sally
    -> sally_her_twenty
* [Can't we just finish? We're nearly there. #move:demand]
    ~ sally_last = "demand"
    ~ sally_pressure += 1
    Can't we just finish? We're nearly there, love. #speaker:sally
    Nearly there is how it looks from the side that wants to go on. To a body that has asked to stop, it is one more push, and the way back she offered is the thing being argued with. #coach
    {
    - flooded("jo"):
        Jo looks away from the screen and doesn't answer. #move:jo.stonewall
        -> sally_hangs_up
    - else:
        No, Sal. Twenty minutes. I said I'd ring. #speaker:jo #move:jo.take_break=20
        -> sally_her_twenty
    }
* [Say nothing. Watch the fan go round. #move:withdraw]
    ~ sally_last = "withdraw"
    Sally doesn't answer. The fan goes round. Three seconds of lag make the silence longer.
    I'm taking that as a yes. I'll ring. #speaker:jo #move:jo.take_break=20
    A silence where a yes was needed: Jo goes anyway, which is her right, and takes with her the doubt whether she was let go. #coach
    -> sally_her_twenty

// Jo's twenty minutes: she asked for them, and they are kept.
=== sally_her_twenty ===
~ sally_break_by = "jo"
{
- sally_last == "take_break" && (flooded("jo") || state_of("jo") == "escalated"):
    Jo nods without looking at the camera.
    Thank you. #speaker:jo #move:jo.take_break=20
- sally_last == "take_break":
    Thanks. #speaker:jo #move:jo.take_break=20
}
Jo ends the call. The screen goes dark. This time nobody's wifi did it. #time:4
~ sally_now += 4
{
- not sally_taught_twenty:
    ~ sally_taught_twenty = true
    A break asked for with a time to come back: twenty minutes is the least a flooded body needs (Gottman), and letting Jo have it, without reaching into it, is the repair. #coach
}
Sally lies on the cool tiles of the kitchen floor, which she has not done since she was a student, and looks at the ceiling. #time:10
~ sally_now += 10
At {hhmm(sally_ring_at + 1020)} Leeds time, as she said, Jo rings. #time:7
~ sally_now += 7
-> sally_break_ending

=== sally_break_ending ===
{
- flooded("jo"):
    Jo's voice is still low and careful.
    Saturday. My morning. I'll have coffee, you'll have wine. #speaker:jo #move:jo.ask_space=60
- else:
    Saturday, then. My morning, your evening. I'll have coffee and you'll have wine, and we'll do it properly. #speaker:jo #move:jo.turn_toward
}
* [Saturday. I'll be there. Love you. #move:turn_toward]
    ~ sally_last = "turn_toward"
    Saturday. I'll be there. Love you. #speaker:sally
    Taking the time offered, as offered: a yes with nothing added to it. #coach
* [Can't we just do it now? I won't sleep anyway. #move:demand]
    ~ sally_last = "demand"
    Can't we just do it now? I won't sleep anyway. #speaker:sally
    {
    - flooded("jo") || state_of("jo") != "calm":
        Saturday, Sal. Please. #speaker:jo #move:jo.ask_space=60
    - else:
        I know. Saturday, though. I want to do it awake. #speaker:jo #move:jo.ask_space=60
    }
    The pursuer's alarm, one last time: not sleeping feels like a reason to finish now. Jo held the time, and holding it is what lets the next call happen. #coach
* [I'll send you the balcony in the morning, so you've got a photo too. #move:bid]
    ~ sally_last = "bid"
    I'll send you the balcony in the morning. So you've got a photo too. #speaker:sally
    A small bid with a time on it: the kind of thing Jo asked could count. #coach
- (goodnight)
They don't finish it tonight. They say goodnight, and this time it isn't a sign-off; it's a time to come back. #time:3
~ sally_now += 3
{sally_said_it:The true thing has been said, and the rest has a time: they stopped when they needed to and came back calmer, and the line going dead didn't get the last word.|They stopped before the night could say anything worse, and they will come back to it, at a time they both named.} #ending:break_and_return
-> END

=== sally_reconnected ===
{
- sally_last == "share_vulnerable":
    Scared's allowed too. I'll send you a photo and a voice note. Both. #speaker:jo #move:jo.validate
- else:
    Jo grins, the lopsided one Sally hasn't seen since Manchester airport.
    Good. #speaker:jo #move:jo.turn_toward
}
They stay on another twenty minutes. Jo shows her the chair properly, turning the laptop in the kitchen light; Sally shows her the balcony and the durian stall you can smell from the third floor. Nobody is winning anything. #time:20
~ sally_now += 20
{sally_visit:The Deepavali long weekend goes in both their calendars: Sally's in Singapore time, Jo's in Leeds time, the same four days.|They agree a Saturday: Jo's morning, Sally's evening, coffee and wine.} {sally_defended:Sally says sorry for reaching for the contract. |}{sally_voice:Jo says she'll keep the voice note.|}
Nothing about the distance is fixed. But Sally stopped playing it cool and said she misses her, and Jo said the thing she had been cold to keep from saying, and for the first time since the spring they are on the same side of the seven hours. #ending:reconnected
-> END

// ---------------------------------------------------------------------------------------------
// The pressing track: someone ends the call in the heat of it
// ---------------------------------------------------------------------------------------------

=== sally_hangs_up ===
~ sally_now += 1
~ sally_in_call = false
{
- flooded("jo"):
    Jo's hand comes up toward the screen.
    I can't do this. I'm going. #speaker:jo #move:jo.withdraw
    The call ends. Not the wifi.
- flooded("sally"):
    Jo starts to say something and the lag eats the start of it.
    I'm not... #speaker:jo #move:jo.defend
    Sally ends the call before Jo can finish. Her thumb was there before she'd decided.
- else:
    Jo looks at the bench for a long moment.
    I'm going to finish oiling the legs. Night, Sal. #speaker:jo #move:jo.withdraw
    -> sally_waiting.long_wait
}
{
- state_of("sally") == "flooded":
    Sally's chest is tight; her hands are shaking. #body:sally.flooded
}
-> sally_gone_dark

=== sally_gone_dark ===
~ sally_now += 1
{
- flooded("jo"):
    Jo's status goes grey. Last seen {hhmm(sally_now)}. #move:jo.stonewall
- else:
    Jo's status goes grey. Last seen {hhmm(sally_now)}. #move:jo.withdraw
}
+ {flooded("sally")} [Put the phone in the drawer and give yourself twenty minutes before you do anything. #move:take_break=20]
    ~ sally_last = "take_break"
    Sally puts the phone in the drawer with the takeaway menus and shuts it.
    She sits on the cool tiles and breathes, four counts in, six out, and lets twenty minutes go by. #time:20
    ~ sally_now += 20
    {
    - state_of("sally") == "calm":
        By the end of it her hands are steady. #body:sally.calm
    - else:
        By the end of it she is steadier, if not calm. #body:sally.stirred
    }
    A break of her own. It can't bring Jo back tonight, but it means the next thing Sally sends won't come from the flood. #coach
    -> ending
* [Type: Typical. Go on, then. Disappear. #move:contempt]
    ~ sally_last = "contempt"
    [{sally_at(1)}] Typical. Go on then. Disappear. You're good at it. #speaker:sally
    {
    - flooded("jo") || stance_of("jo") == "stonewalling":
        Delivered. Not read. #move:jo.stonewall
    - else:
        ~ sally_jo_night = true
        [{sally_at(1)}] Night. #speaker:jo #move:jo.withdraw
    }
    A message sent in contempt keeps the fight going after the screen is dark, and gives Jo's body no chance to come down. #coach
* [Type: I'm sorry I pushed. Take the time you need. I'm here. #move:repair]
    ~ sally_last = "repair"
    [{sally_at(1)}] I'm sorry I pushed. Take the time you need. I'm here. #speaker:sally
    {
    - flooded("jo"):
        Delivered. Not read. #move:jo.withdraw
    - received("jo") == "misread":
        [{sally_at(1)}] Thanks for the permission. #speaker:jo #move:jo.defend
    - else:
        [{sally_at(1)}] I need tonight. Talk tomorrow. #speaker:jo #move:jo.ask_space=60
    }
    A repair after the fact. It can't undo the hang-up, but it leaves the door open. #coach
* [Put the phone face down and breathe, four in, six out. #move:self_soothe]
    ~ sally_last = "self_soothe"
    Sally puts the phone face down on the sheet and breathes, four counts in, six out.
    {
    - state_of("sally") == "calm":
        After a while her hands are steady again. #body:sally.calm
    - else:
        Her hands are still not quite steady. #body:sally.stirred
    }
    Self-soothing instead of ringing again: she can't calm Jo from nearly seven thousand miles away, but she can calm herself. #coach
- (ending)
{
- sally_last == "contempt" && sally_jo_night:
    Three days pass with nothing on the thread but the word Night. #time:600
- sally_last == "contempt":
    Three days pass with nothing on the thread but Sally's own last message, delivered and not read. #time:600
- sally_last == "repair":
    Jo messages on Tuesday about the boiler. Neither of them mentions Sunday. #time:600
- else:
    On Monday Sally goes to work on four hours' sleep. Nothing comes from Leeds, and she sends nothing. #time:600
}
~ sally_now += 600
The call was ended in the heat of it, with no time to come back. The conversation Sally wanted is further off than it was at twenty to midnight. #ending:walked_out
-> END
