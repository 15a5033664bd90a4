// As Jo — the player is Jo (the distancer, at home in Leeds); Sally is simulated by the model.
// Adapted from comment 8 (Sally) in 002_612bd878bc8560af.txt, written from the other side: the
// comment gives only Sally's view, so Jo's inside is ours (the yes on the stairs, eight months
// alone with the house, anger with nowhere to go, calls that became a duty to perform).
//
// Shape of the mode:
//   the chair          jo_start -> jo_the_chair (send the photo, or not) -> jo_lovely (Sally's cool reply)
//                      -> jo_the_call (video, the lag) -> jo_what_she_says (Sally's confession, or the cool)
//   the duty track     jo_going_through -> jo_duty_ending                              (#ending:duty_call)
//   the drop           jo_the_drop (the line goes at the worst moment) -> ring back (jo_ring_back),
//                      leave it (jo_leave_it: #ending:left_dropped), or ask for twenty minutes with a
//                      time to come back (jo_the_break: told with #time, or cut short by Sally's
//                      message, which floods Jo again)
//                      -> jo_the_grief (say it, or not) -> jo_what_i_need -> jo_her_ask
//                      -> jo_reconnected (#ending:reconnected) or jo_break_ending (#ending:break_and_return)
//   the heat           jo_shut_the_laptop                                             (#ending:walked_out)
//
// Sally's words follow the model (state_of / stance_of / flooded / received("sally")); a warm move
// of Jo's that Sally misreads gets the answer an attack gets. Whenever Jo is flooded at a choice
// point, a break with a time to come back is on offer (jo_break_offer). Message times are Leeds
// times (Jo's phone); jo_now moves them on with the clock, and narrated skips carry #time.

VAR jo_now = 980            // Leeds clock, minutes after midnight (16:20); Singapore is seven hours ahead
VAR jo_opening = ""         // bid | soft | silent | sharp
VAR jo_last = ""            // Jo's last move
VAR jo_pressure = 0         // +1 for each pressing or hard-retreating move, -1 for each calming one
VAR jo_duty = 0             // +1 for each move that goes through the motions
VAR jo_confessed = false    // Sally told her she has been playing it cool
VAR jo_told = false         // Jo has said what she has been carrying
VAR jo_misheard = false     // Sally heard a warm move of Jo's as a charge
VAR jo_break_by = ""        // jo (Jo asked for it) | sally
VAR jo_cut_short = false    // Sally reached into the break
VAR jo_asked = false        // Jo asked directly for what she needs
VAR jo_saturday = false     // a Saturday call, Jo's morning, has been asked for
VAR jo_visit = false        // Jo asked Sally to come home for the Deepavali long weekend
VAR jo_voice = false        // Jo said it in a voice note
VAR jo_camera = ""          // on | off | working: how Jo came to the call
VAR jo_declined = false     // Sally declined Jo's call back (what Jo says next is a message)
VAR jo_sally_hung_up = false // Sally ended the call in the heat of it
VAR jo_monday = false       // the duty call went on to Monday's four o'clock
VAR jo_in_call = false     // they are on the video call (a break is spoken, not typed)
VAR jo_ring_at = 0          // the Leeds minute she said she would ring back
VAR jo_taught_space = false
VAR jo_taught_flood = false
VAR jo_taught_misread = false
VAR jo_taught_twenty = false
VAR jo_taught_duty = false
VAR jo_taught_heard = false

=== function jo_at(n) ===
// Moves Jo's clock on by n minutes and prints it.
~ jo_now += n
{hhmm(jo_now)}

=== function singapore() ===
{hhmm(jo_now + 420)}

=== jo_start ===
Sunday, twenty past four in Leeds. The light in the workshop is the good light, low and gold through the dusty window, and the radio is on quietly. Pepper is asleep on the dust sheets.
The Ercol chair from the auction in Otley is finished. Three goes at the back splat, four hours with a card scraper, two coats of oil. Jo stands back from it and wants, badly and at once, to show Sally.
In Singapore it is twenty past eleven at night. Sally will be in bed in the flat in Tiong Bahru with the fan on, reading trial protocols.
Eight months since Sally went. Jo said yes on the stairs, because it was Sally's chance and she meant it, and then the house went quiet. For months Sally rang every day at eleven her time, four in the afternoon here, the middle of Jo's working day, and every Friday there was a video "date night" at two in the afternoon, Jo with a sandwich at the bench. Jo was meant to be glad. She was, and she got shorter and shorter on the phone, and she doesn't entirely know why.
And then, ten days ago, the morning messages stopped. Sally still rings at four, but for ten minutes, and she is the one who has to go. Jo used to wake to them. She didn't think she'd notice. She has noticed every single day.
-> jo_the_chair

=== jo_the_chair ===
Jo takes the photo. The grain of the elm runs like water. Pepper's nose gets into the corner.
<- jo_break_offer
* [Send it: Finished the Ercol. Thought you'd want to see. #move:bid]
    ~ jo_opening = "bid"
    ~ jo_last = "bid"
    [{jo_at(1)}] [photo] Finished the Ercol. Thought you'd want to see. #speaker:jo
    A bid: a small thing offered across seven time zones, which is a larger question underneath. Are you still there for me? (Gottman) #coach
* [Send it, and the true line: I miss your messages in the mornings. I'd like to hear how you are. #move:soft_startup]
    ~ jo_opening = "soft"
    ~ jo_last = "soft_startup"
    [{jo_at(1)}] [photo] Finished the Ercol. And I miss your messages in the mornings. I'd like to hear how you are. #speaker:jo
    A soft start-up from the one who usually withdraws: I miss … I'd like … It says what Jo feels instead of asking what's wrong with Sally. #coach
* [Don't send it. She's gone quiet; so can you. #move:withdraw]
    ~ jo_opening = "silent"
    ~ jo_last = "withdraw"
    ~ jo_pressure += 1
    Jo puts the phone face down on the bench and picks up the oil rag again.
    Two people being cool at each other across seven hours: withdraw meets withdraw, the quietest turn of the cycle. #coach
* [Send it with a question: You've gone very quiet. Is this a thing now? #move:criticize]
    ~ jo_opening = "sharp"
    ~ jo_last = "criticize"
    ~ jo_pressure += 1
    [{jo_at(1)}] [photo] Finished the Ercol. You've gone very quiet. Is this a thing now? #speaker:jo
    A fair question, asked as a charge. Jo's hurt arrives as a verdict on Sally, and it hides that Jo minded. #coach
- (sally_answers)
{
- jo_opening == "silent":
    Jo oils the chair's legs again, which don't need it. Nothing comes from Singapore either. #time:20
    ~ jo_now += 20
    [{jo_at(1)}] Night x #speaker:sally #move:sally.dismiss
    Just that. Sally's night comes at Jo's quarter to five.
- flooded("sally"):
    Read. Nothing. #move:sally.withdraw
- received("sally") == "misread":
    ~ jo_misheard = true
    ~ jo_taught_misread = true
    [{jo_at(2)}] Oh, now you miss me. #speaker:sally #move:sally.criticize
    Jo meant it, and it landed on eight months of short answers. With goodwill worn thin, a gentle line can be heard as a complaint (Weiss: sentiment override); the words weren't wrong. #coach
- jo_opening == "sharp":
    [{jo_at(2)}] Not a thing. Busy. Long week. #speaker:sally #move:sally.dismiss
- jo_opening == "soft":
    Sally is typing… for a long time.
    [{jo_at(3)}] I've missed sending them. Can I ring you? #speaker:sally #move:sally.ask_closeness
- else:
    [{jo_at(3)}] Lovely. #speaker:sally #move:sally.dismiss
}
-> jo_lovely

=== jo_lovely ===
{
- jo_misheard && jo_opening == "bid":
    Now you miss me. Jo reads it twice. Four hours with a card scraper, and that is what came back from Singapore.
- jo_opening == "bid":
    Lovely. One word, for four hours with a card scraper. Jo stands looking at it. A month ago Sally would have sent six messages about the grain.
- jo_opening == "silent":
    Night x. Jo finds she is angry about the x, which is absurd.
- jo_misheard || jo_opening == "sharp":
    Jo reads it twice. It's {singapore()} in Singapore, and Sally is lying in the dark being short with her.
- else:
    Jo looks at "Can I ring you?" and feels two things at once: glad, and the old tightening, the call, the hour, the being-glad.
}
<- jo_break_offer
* {jo_opening != "soft"} [You ok? You've been quiet this week x #move:bid]
    ~ jo_last = "bid"
    [{jo_at(1)}] You ok? You've been quiet this week x #speaker:jo
    Jo reaching, because Sally has stopped: roles follow the issue, not the person (Christensen). It is real, and it is also exactly what Sally's quiet was for. #coach
* [Ring her. Just ring. #move:ask_closeness]
    ~ jo_last = "ask_closeness"
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    Jo rings. It makes the flat international sound, twice.
    Asking for closeness directly, at Jo's own moment, instead of waiting to be rung at four o'clock. #coach
* {jo_opening == "soft"} [Yes. Give me five minutes to wash the oil off. #move:turn_toward]
    ~ jo_last = "turn_toward"
    [{jo_at(1)}] Yes. Give me five minutes to wash the oil off x #speaker:jo
    Turning toward, with a small time attached: a yes that says when. #coach
* {jo_opening == "soft" || jo_misheard || jo_opening == "sharp"} [Forget it. Go to sleep. #move:withdraw]
    ~ jo_last = "withdraw"
    ~ jo_pressure += 1
    [{jo_at(1)}] Forget it. Go to sleep. #speaker:jo
    {jo_opening == "soft":The reach came back, and Jo pulled away from it: closeness offered can feel like the next demand.|A withdrawal after a misfire: the most human move there is, and it teaches both that reaching doesn't work.} #coach
* {jo_opening == "bid" || jo_opening == "silent"} [Go back to the oil. If that's how she wants it. #move:withdraw]
    ~ jo_last = "withdraw"
    ~ jo_pressure += 1
    Jo turns the phone face down and goes back to the chair.
    Matching the cool: the mirror of Sally's game, played from Jo's end. #coach
- (sally_answers)
{
- flooded("sally"):
    [{jo_at(2)}] Not tonight. #speaker:sally #move:sally.withdraw
- received("sally") == "misread":
    [{jo_at(2)}] Don't do me a favour. #speaker:sally #move:sally.criticize
    -> jo_misread_note ->
    A minute later the laptop chimes on the bench: Sally is calling, to have it out. #move:sally.demand
- jo_last == "withdraw":
    Nothing comes for a while. Then, at {jo_at(15)}, the laptop on the bench chimes. #time:15
    Sally is calling. #move:sally.bid
- jo_last == "bid":
    [{jo_at(2)}] All good. Just tired. Can't sleep. #speaker:sally #move:sally.dismiss
    Then, a minute later, the laptop chimes: Sally is calling. #move:sally.bid
- jo_last == "ask_closeness":
    On the second, Sally picks up. #move:sally.turn_toward
- else:
    Four minutes later, Sally is calling. #move:sally.bid
}
-> jo_the_call

=== jo_the_call ===
~ jo_now += 1
~ jo_in_call = true
The call connects. Jo's finger is over the camera button, and her hands are still tacky with oil.
<- jo_break_offer
* [Camera on. Let her see the workshop, the sawdust, your face. #move:turn_toward]
    ~ jo_camera = "on"
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    Jo puts the camera on and sits down on the stool, properly, facing it.
    A small turning toward before a word is said: letting herself be seen, at a distance where that is most of what there is. #coach
* [Camera off for now: I'm covered in oil. #move:withdraw]
    ~ jo_camera = "off"
    ~ jo_pressure += 1
    I'm covered in oil, hang on. #speaker:jo
    Jo leaves the camera off.
    It is true about the oil. It is also a way to be on the call without being looked at, which is what the calls have turned into. #coach
* [Prop the laptop on the bench and keep oiling the chair while you talk. #move:dismiss]
    ~ jo_camera = "working"
    ~ jo_duty += 1
    Jo props the laptop against the vice and picks up the rag again.
    Talk away, I'm listening. #speaker:jo
    Half there: the call as something to do alongside the work. It keeps the hour from being an appointment, and it keeps Sally at the side of the bench. #coach
- (seen)
Sally's face arrives in pieces: the dark flat, the fan turning above her, the lamp making her look older and very far away. {jo_camera == "off":Jo's own square is a black rectangle with her initials in it.|Behind Jo the workshop window is full of bright Leeds afternoon.}
{
- flooded("sally"):
    Sally doesn't say hello. She looks at the screen, and past it. #move:sally.withdraw
- state_of("sally") == "escalated" || stance_of("sally") == "attacking":
    {jo_camera == "off":Camera off. Great.|So. Here we are.} #speaker:sally #move:sally.criticize
- jo_camera == "off":
    Camera, Jo? I'd like to see you. Oil and all. #speaker:sally #move:sally.ask_closeness
- jo_camera == "working":
    Hiya. You're working. I'll be quick. Monitors at eight. #speaker:sally #move:sally.dismiss
- jo_opening == "soft":
    Hiya. Let me see it, then. The chair. #speaker:sally #move:sally.bid
- else:
    Hiya. Can't be long, monitors at eight. #speaker:sally #move:sally.dismiss
}
{
- received("jo") == "misread" && jo_camera == "off":
    -> jo_heard_wrong("I'd like to see you", "camera on, then; let me check you're glad") ->
- received("jo") == "misread":
    -> jo_heard_wrong("Let me see it", "show me, then; prove the day was worth the distance") ->
}
The picture freezes on Sally with her mouth half open, then jerks on; her voice comes three seconds behind her face. Every sentence is a guess at what the other one just meant.
<- jo_break_offer
* [{jo_camera == "off":Put the camera on and turn it to the chair. Show her the grain.|Turn the laptop round and show her the grain. Properly.} #move:bid]
    ~ jo_last = "bid"
    {jo_camera == "off":Jo puts the camera on after all and turns it to the chair.|Jo turns the laptop to the chair.} She runs her thumb along the seat so Sally can see the grain move.
    Look. Like water. #speaker:jo
    A bid at a distance: the thing in Jo's hands, held up to the camera. #coach
* [What's going on with you, Sal? You've been different. I'd like to know. #move:turn_toward]
    ~ jo_last = "turn_toward"
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    What's going on with you, Sal? You've been different. Not just busy. I'd like to know. #speaker:jo
    Turning toward what has changed, instead of waiting for it to be explained. It's a risk for Jo: it asks Sally to say something Jo might have to answer. #coach
* [Have you met someone? Is that what this is? #move:criticize]
    ~ jo_last = "criticize"
    ~ jo_pressure += 1
    Have you met someone? Is that what this is? #speaker:jo
    The fear, as an accusation. Sally's cool looks exactly like this from Leeds, and asked as a charge it can only get a defence. #coach
* [Keep to the practical: the boiler man's quote, the car insurance. #move:dismiss]
    ~ jo_last = "dismiss"
    ~ jo_duty += 1
    The boiler man came. Eleven hundred. And the car insurance wants a copy of your licence. #speaker:jo
    Logistics are real, and they are also a shelter. A call full of them is a call nobody has to be in. #coach
- (sally_answers)
-> jo_what_she_says

=== jo_what_she_says ===
~ jo_now += 1
~ temp sally_open = not flooded("sally") && received("sally") != "misread" && state_of("sally") != "escalated" && (jo_last == "turn_toward" || jo_last == "bid" || jo_opening == "soft")
{
- flooded("sally"):
    Sally shakes her head.
    I can't do this tonight. #speaker:sally #move:sally.withdraw
- received("sally") == "misread":
    {jo_last == "bid":It's a chair, Jo. I said it was lovely.|Different. Right. Because you've been so present.} #speaker:sally #move:sally.criticize
    -> jo_misread_note ->
- jo_last == "criticize" && state_of("sally") == "escalated":
    Met someone. Eight months of me ringing you every single day and you ask me that. #speaker:sally #move:sally.defend
- jo_last == "criticize":
    No. God, no. There's no one. #speaker:sally #move:sally.defend
- jo_last == "dismiss":
    I'll send it in the morning. #speaker:sally #move:sally.dismiss
    Sally yawns, or performs a yawn.
- sally_open:
    ~ jo_confessed = true
    Sally is quiet for so long Jo thinks it's frozen again. It isn't.
    I've been playing it cool. On purpose. I read an article about pursuers and distancers and I stopped the morning messages to see if you'd come closer. #speaker:sally #move:sally.own_part
    And you did. And I hate it. It's a game and I don't want to win you with a game. I miss you. #speaker:sally #move:sally.share_vulnerable
- else:
    {jo_last == "bid":Very nice. It's late here, Jo.|Nothing. Just tired. Work.} #speaker:sally #move:sally.dismiss
}
{
- jo_confessed:
    Ten days of mornings without a message. On purpose. Jo feels it land in two places at once: the relief that it wasn't nothing, and something hot and humiliated underneath.
    -> jo_after_confession
}
-> jo_going_through

=== jo_after_confession ===
{
- state_of("jo") == "flooded":
    Jo's heart is going hard. #body:jo.flooded
- state_of("jo") == "escalated":
    Jo can feel her pulse in her neck. #body:jo.hot
}
<- jo_break_offer
* [So I've been managed. Ten days of being managed. #move:criticize]
    ~ jo_last = "criticize"
    ~ jo_pressure += 1
    So I've been managed. Ten days of being managed. #speaker:jo
    True, and said as a verdict on the one person who just told the truth. Being vulnerable is the risk Sally took; this is what it costs when it is met with a charge. #coach
* [I noticed. I hated it. And I've been doing it to you for months, haven't I. Just not on purpose. #move:own_part]
    ~ jo_last = "own_part"
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    I noticed. Every morning. I hated it. And I've been doing it to you for months, haven't I. Just not on purpose. #speaker:jo
    Owning her part: Jo's coldness made Sally's cool make sense. Lerner: each step in the dance provokes and maintains the other. #coach
* [Well. It worked. Laugh, a bit too long. #move:humor]
    ~ jo_last = "humor"
    Well. It worked, didn't it. #speaker:jo
    Jo laughs, a bit too long.
    Humour can lower the heat. This one is half a shield: it keeps the confession light enough not to have to answer. #coach
* [Say nothing. Look at the bench until it passes. #move:stonewall]
    ~ jo_last = "stonewall"
    ~ jo_pressure += 1
    Jo looks down at the bench. She can't find a single thing to say.
    The freeze: not indifference, a body flooded by something too big to answer. It looks like a wall from Singapore. #coach
- (sally_answers)
{
- flooded("sally"):
    Sally says nothing. Her face has gone still in the lamplight. #move:sally.withdraw
- received("sally") == "misread":
    It didn't work, Jo. That's what I'm telling you. #speaker:sally #move:sally.defend
    -> jo_misread_note ->
- jo_last == "criticize":
    {state_of("sally") == "escalated":I tell you the truth and I get that. Great.|Not managed. I told you, didn't I?} #speaker:sally #move:sally.defend
- jo_last == "stonewall":
    Jo? Have you frozen, or is that you? #speaker:sally #move:sally.bid
- jo_last == "humor":
    It did. That's what I can't stand about it. #speaker:sally #move:sally.own_part
- else:
    I know. I think that's why I went looking for a trick. I'm sorry. #speaker:sally #move:sally.own_part
}
The thing is, Jo wants to say. Since you went, I've...
The picture freezes on Sally's face, lit blue. The spinning wheel. Then: Call ended. Poor connection.
-> jo_the_drop

// ---------------------------------------------------------------------------------------------
// A break, whenever Jo is flooded
// ---------------------------------------------------------------------------------------------

=== jo_break_offer ===
+ {flooded("jo")} [I need twenty minutes. I'm not going anywhere. I'll ring you in half an hour. #move:take_break=20]
    ~ jo_last = "take_break"
    ~ jo_break_by = "jo"
    ~ jo_ring_at = jo_now + 30
    {
    - jo_in_call:
        I need twenty minutes. I'm not going anywhere. I'll ring you at {hhmm(jo_ring_at)}, half an hour. #speaker:jo
    - else:
        [{jo_at(1)}] I need twenty minutes. I'm not going anywhere. I'll ring you at {hhmm(jo_ring_at)}, half an hour. #speaker:jo
    }
    Jo is over the flooding line: past about 100 beats a minute, words stop going in (Gottman). Asking for the break directly, with a time to come back, is what turns a retreat into a pause. #coach
    -> jo_the_break

=== jo_misread_note ===
{
- not jo_taught_misread:
    ~ jo_taught_misread = true
    Jo meant it kindly, and it was heard as the old charge: after months of calls at the wrong hour, goodwill is worn thin on both sides (Weiss: sentiment override). That isn't Jo's failure; staying kind through the misfire is how it changes. #coach
}
->->

=== jo_heard_wrong(said, heard) ===
Jo hears "{said}" as: {heard}. She has to hear it again to catch what Sally actually said.
{
- state_of("jo") != "calm":
    Her jaw tightens before she can stop it. #body:jo.stirred
}
{
- not jo_taught_heard:
    ~ jo_taught_heard = true
    That one was Jo's misfire. When calls have become a duty, an ordinary request can arrive sounding like the next task (sentiment override runs both ways). Hearing what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The duty track: going through the motions
// ---------------------------------------------------------------------------------------------

=== jo_going_through ===
~ jo_now += 2
{
- flooded("sally"):
    Sally is looking at her phone, not the camera.
- jo_last == "criticize":
    Then she stops herself. After a moment she asks about Pepper, carefully, as if nothing was said, and Jo tells her about the soap.
- else:
    Sally asks about Pepper. Jo tells her about the soap. Sally laughs at the right place. The lag makes the laugh arrive after Jo has stopped talking.
}
It is {singapore()} in Singapore. This is the part where Jo is meant to be glad.
<- jo_break_offer
+ [Say love you. Tell her to get some sleep. It's late there. #move:dismiss]
    ~ jo_last = "dismiss"
    ~ jo_duty += 1
    Go on, get some sleep. It's late there. Love you. #speaker:jo
    {
    - not jo_taught_duty:
        ~ jo_taught_duty = true
        The right words, on schedule. They are true, and they are also the way the call ends without anyone having been in it. #coach
    }
+ [Sal. You're not here, are you? Neither am I. Can we stop pretending for a minute? #move:soft_startup]
    ~ jo_last = "soft_startup"
    Sal. You're not really here, are you? And neither am I. I'd like us to stop pretending for a minute. #speaker:jo
    A soft start-up about the call itself: what Jo notices, what she would like. It asks Sally in instead of signing her off. #coach
+ [Tell her: since you went, I've been so angry with you I can't look at you some days. #move:share_vulnerable]
    ~ jo_last = "share_vulnerable"
    ~ jo_told = true
    Since you went, I've been... I'm so angry with you, Sal. Some days I can't look at you. So I don't. #speaker:jo
    The thing under the cold, said out loud at last. It is a risk for someone who withdraws: it can't be unsaid. #coach
- (sally_answers)
{
- jo_last == "dismiss":
    {
    - flooded("sally"):
        Night. #speaker:sally #move:sally.withdraw
    - else:
        Love you. Night, Jo. #speaker:sally #move:sally.dismiss
    }
    -> jo_after_the_call
- flooded("sally"):
    Sally stares at the screen. #move:sally.withdraw
- received("sally") == "misread":
    Pretending. Thanks. #speaker:sally #move:sally.defend
    -> jo_misread_note ->
- jo_last == "soft_startup":
    ~ jo_confessed = true
    No. I'm not. I've been playing it cool, Jo. On purpose. I read an article and stopped the messages to see if you'd come closer. You did, and I hate it. #speaker:sally #move:sally.share_vulnerable
- else:
    Sally is very still.
    Angry. Okay. I didn't... okay. #speaker:sally #move:sally.turn_toward
}
The thing is, Jo starts, and the picture freezes. The spinning wheel. Then: Call ended. Poor connection.
-> jo_the_drop

=== jo_after_the_call ===
~ jo_in_call = false
~ jo_now += 2
The screen goes back to the photo of the chair. Jo stands in the workshop with the oil rag in her hand.
{
- flooded("sally"):
    [{jo_at(1)}] Ok. #speaker:sally #move:sally.withdraw
    Not even a kiss. Jo knows exactly what that measures, because she has been measuring hers for months.
- else:
    [{jo_at(1)}] x #speaker:sally #move:sally.bid
    One kiss. Jo knows exactly how much it is measured, because she has been measuring hers for months.
}
<- jo_break_offer
* [Send one back. x #move:bid]
    ~ jo_last = "bid"
    ~ jo_duty += 1
    [{jo_at(1)}] x #speaker:jo
    A kiss for a kiss: a bid answered, and exactly matched, so nobody gives more than they get. #coach
* [Leave it. She'll be asleep. #move:withdraw]
    ~ jo_last = "withdraw"
    ~ jo_duty += 1
    Jo leaves it, and goes in to feed Pepper.
* [Ring her back. Say: I don't want to say goodnight like that. #move:turn_toward]
    ~ jo_last = "turn_toward"
    Jo rings back before she can think about it.
    I don't want to say goodnight like that. Like a receptionist. #speaker:jo
    Turning back toward, after the sign-off: it asks for the call that didn't happen. #coach
    {
    - flooded("sally"):
        Sally's face arrives, shut.
        I'm tired, Jo. #speaker:sally #move:sally.withdraw
        -> jo_next_day
    - received("sally") == "misread":
        Like a receptionist. Thanks. #speaker:sally #move:sally.defend
        -> jo_misread_note ->
        -> jo_next_day
    - else:
        ~ jo_confessed = true
        Sally's face arrives, and she's laughing, and then she isn't.
        No. Me neither. Jo, I've been playing it cool. On purpose. I read an article, and I stopped the messages to see if you'd come closer. You did. I hate it. #speaker:sally #move:sally.share_vulnerable
        The thing is, Jo starts, and the picture freezes on Sally's face. The spinning wheel. Then: Call ended. Poor connection.
        -> jo_the_drop
    }
- (next)
-> jo_next_day

=== jo_next_day ===
~ jo_monday = true
Monday. Jo works through the morning on a client's sideboard and doesn't look at her phone until lunch. There is no good-morning message. #time:1380
~ jo_now = 2400
At four, as always, the laptop chimes on the bench. Sally is calling. #move:sally.bid
The good light. The sideboard half-stripped. Ten minutes, these days.
<- jo_break_offer
* [Answer, and be glad. Tell her about the sideboard. #move:dismiss]
    ~ jo_last = "dismiss"
    ~ jo_duty += 1
    Hiya. You'll never guess what I found in the drawer of this thing. A ration book. #speaker:jo
    {
    - not jo_taught_duty:
        ~ jo_taught_duty = true
        The call answered, the gladness performed. It is kind, and it is real enough; it is also a duty, and Jo is the one who has stopped being in it. #coach
    }
    -> jo_duty_ending
* [Let it ring. Message after: in the workshop, later x #move:withdraw]
    ~ jo_last = "withdraw"
    ~ jo_duty += 1
    Jo lets it ring out, and sends a message after.
    [{jo_at(2)}] In the workshop, later x #speaker:jo
    Later never quite comes; the message is the call, and the call is a distance with a kiss on it. #coach
    -> jo_duty_ending
* [Answer, and say it before you lose your nerve: I've been so angry with you, Sal. #move:share_vulnerable]
    ~ jo_last = "share_vulnerable"
    ~ jo_told = true
    Sal. Before you say anything. I've been so angry with you. Since you went. I didn't know how to say it without it sounding like come home. #speaker:jo
    The thing under the cold, said on an ordinary Monday at four, which is when most true things get said. #coach
    {
    - flooded("sally"):
        Sally stares at the screen. #move:sally.withdraw
        -> jo_leave_it.long_quiet
    - received("sally") == "misread":
        So that's why. Great. #speaker:sally #move:sally.defend
        -> jo_misread_note ->
        -> jo_the_grief
    - else:
        Sally puts her pen down.
        I know. I think I knew. Tell me. #speaker:sally #move:sally.turn_toward
        -> jo_the_grief
    }

=== jo_duty_ending ===
{jo_monday:The call goes its ten minutes, dutiful,|The call winds down politely,} and Sally is the one who has to go. Jo washes the oil off her hands afterwards and stands at the kitchen window while the light goes. #time:30
~ jo_now += 30
Tomorrow at four Sally will ring again, and Jo will be glad on cue. {jo_told || jo_confessed:Something true was said, and then the calls closed back over it.|Neither of them has said one true thing in {jo_monday:eleven|ten} days.} #time:5
{
- jo_duty >= 2:
    Going through the motions: every call made, every word said on schedule, and the calls themselves have become the duty Jo hides behind. A call that is an obligation is a distance with the screen on. #coach
- else:
    Going through the motions: the call was made, the right words said. What neither of them said is still there, and it will be there at four tomorrow. #coach
}
The call was made and the right words were said. {jo_told || jo_confessed:What was said under them was left where it fell.|Nobody said what is under them.} #ending:duty_call
-> END

// ---------------------------------------------------------------------------------------------
// The drop
// ---------------------------------------------------------------------------------------------

=== jo_the_drop ===
~ jo_in_call = false
~ jo_now += 1
The workshop is very quiet. The radio. Pepper's tail on the dust sheet. It is {hhmm(jo_now)} in Leeds and {singapore()} in Singapore.
{
- state_of("jo") == "flooded":
    Jo's heart is pounding. She has both hands flat on the bench. #body:jo.flooded
- state_of("jo") == "escalated":
    Jo's pulse is up, quick and high. #body:jo.hot
}
{
- jo_the_drop > 1:
    Twice in one evening. The workshop wifi has never been good, and tonight it keeps choosing its moments.
- jo_confessed:
    The worst moment to lose the line: Sally has just told the truth, and Jo hadn't answered it. What she does now, in the silence, is part of the answer. #coach
}
+ [Ring her straight back. #move:bid]
    ~ jo_last = "bid"
    -> jo_ring_back
+ [Message: The wifi. I need twenty minutes anyway. I'll ring you then. #move:take_break=20]
    ~ jo_last = "take_break"
    ~ jo_break_by = "jo"
    ~ jo_ring_at = jo_now + 30
    [{jo_at(1)}] The wifi. I think I need twenty minutes anyway. I'm not going anywhere. I'll ring you at {hhmm(jo_ring_at)}. #speaker:jo
    {
    - not jo_taught_space:
        ~ jo_taught_space = true
        Asking for space directly, with a time to come back (Lancer): not a disappearance, a pause with an end. For someone who withdraws it is the most useful sentence there is. #coach
    }
    -> jo_the_break
+ [Leave it. The wifi did it; let the wifi have it. Take Pepper out. #move:withdraw]
    ~ jo_last = "withdraw"
    -> jo_leave_it
+ [Record a voice note on the way to the kitchen. Say what you were going to say. #move:share_vulnerable]
    ~ jo_last = "share_vulnerable"
    Jo holds the microphone down and walks, so she doesn't have to look at anything.
    It's me. The wifi. I was going to say, since you went I've been so angry with you, and I haven't said, because you wanted it so much and I said yes. And I'm not angry you went. I'm angry I'm here. Ring me back. Or I'll ring you. #speaker:jo
    A voice note is a bid that waits for its listener. From the one who withdraws, it is also a way to say the hard thing without a face to watch it land. #coach
    ~ jo_told = true
    ~ jo_voice = true
    {
    - flooded("sally"):
        Delivered. Not listened to. #move:sally.withdraw
        -> jo_leave_it
    - else:
        Listened to. Then the laptop chimes: Sally is calling. #move:sally.turn_toward
        -> jo_the_grief
    }

=== jo_ring_back ===
~ jo_now += 1
It rings out twice.
~ jo_declined = flooded("sally")
~ jo_in_call = not jo_declined
{
- flooded("sally"):
    Declined. Then:
    [{jo_at(1)}] Not now. I can't. #speaker:sally #move:sally.withdraw
- received("sally") == "misread":
    Sally picks up, already braced.
    So you can ring when you want to. #speaker:sally #move:sally.criticize
    -> jo_misread_note ->
- stance_of("sally") == "attacking" || state_of("sally") == "escalated":
    Sally picks up. Her face is blotchy in the lamplight.
    Don't tell me it was the wifi. #speaker:sally #move:sally.criticize
- else:
    Sally picks up on the first ring, as if she had the phone in her hand. She did.
    I thought that was it. I thought you'd gone. #speaker:sally #move:sally.share_vulnerable
    -> jo_the_grief
}
<- jo_break_offer
* {not flooded("sally")} [It was the wifi. But I'm not okay. I need twenty minutes, then I'll ring you properly. #move:ask_space=20]
    ~ jo_last = "ask_space"
    ~ jo_break_by = "jo"
    ~ jo_ring_at = jo_now + 30
    It was the wifi. But I'm not okay. I need twenty minutes, Sal, and then I'll ring you properly. {hhmm(jo_ring_at)}. I promise. #speaker:jo
    Asking for space directly, with a time, instead of disappearing into the bad connection. #coach
    -> jo_the_break
* {flooded("sally")} [Okay. Twenty minutes. I'll ring you then. #move:take_break=20]
    ~ jo_last = "take_break"
    ~ jo_break_by = "jo"
    ~ jo_ring_at = jo_now + 30
    [{jo_at(1)}] Okay. Twenty minutes. I'll ring you at {hhmm(jo_ring_at)}. #speaker:jo
    -> jo_the_break
* [You don't get to be angry with me. You're the one who went. #move:blame]
    ~ jo_last = "blame"
    ~ jo_pressure += 2
    {jo_declined:[{jo_at(1)}] }You don't get to be angry with me. You're the one who went. #speaker:jo
    The anger, finally, and as blame: it is Jo's truest feeling aimed as a weapon. Said like this, Sally can only defend the job. #coach
    -> jo_shut_the_laptop
* [Fine. Forget it. #move:withdraw]
    ~ jo_last = "withdraw"
    {jo_declined:[{jo_at(1)}] Fine. Forget it. #speaker:jo|Fine. Forget it. #speaker:jo}
    -> jo_leave_it.long_quiet

=== jo_leave_it ===
Jo clips Pepper's lead on and goes out the back gate, up past the allotments. She leaves the phone on the bench. #time:25
~ jo_now += 25
{
- state_of("jo") == "calm":
    By the top of the hill she's breathing easily. #body:jo.calm
- else:
    She is steadier by the top of the hill, if not calm. #body:jo.stirred
}
When she gets back there is nothing from Sally. Sally is the one who always rings.
+ [Ring her now. Someone has to. #move:bid]
    ~ jo_last = "bid"
    Jo rings.
    {
    - flooded("sally"):
        Declined. #move:sally.withdraw
        -> long_quiet
    - else:
        Sally picks up at once.
        I thought you'd gone to bed on me. I thought that was that. #speaker:sally #move:sally.share_vulnerable
        Each waiting for the other to go first: the distancer because the pursuer always rings, the pursuer because it was the distancer's turn. It cost Jo one ring. #coach
        -> jo_the_grief
    }
+ [Leave it till tomorrow. It's nearly midnight there anyway. #move:withdraw]
    ~ jo_last = "withdraw"
    -> long_quiet
+ [Send a photo of Pepper on the hill. No words. #move:bid]
    ~ jo_last = "bid"
    [{jo_at(1)}] [photo] #speaker:jo
    {
    - flooded("sally"):
        Read. #move:sally.withdraw
    - else:
        A thumbs-up. Nothing else. #move:sally.dismiss
    }
    A bid with no words in it: better than nothing, and it lets both of them avoid the dropped sentence. #coach
    -> long_quiet

= long_quiet
Jo eats standing up. She goes to bed at ten, which is five in the morning in Singapore, and Sally's alarm will be going soon, and there is no message when it does. #time:300
~ jo_now += 300
{
- flooded("sally") || stance_of("sally") == "cold":
    Sally doesn't message in the morning. #move:sally.withdraw
- else:
    Sally doesn't message in the morning. #move:sally.withdraw
}
{jo_monday:On Tuesday nothing. On Wednesday Sally sends a link about a boiler grant; Jo hearts it. On Thursday nothing from either of them.|On Monday nothing. On Tuesday Sally sends a link about a boiler grant; Jo hearts it. On Wednesday nothing from either of them.} #time:600
~ jo_now += 600
{
- jo_confessed || jo_told:
    Something true was said, and then the line went, and each waited for the other to pick it back up: in Singapore, Sally was waiting for Jo, the one with the bad wifi. A dropped call is only a break if someone says when they'll come back. #coach
- else:
    Withdraw meets withdraw: the quietest turn of the cycle, and at a distance the one that lasts longest. A dropped call is only a break if someone says when they'll come back. #coach
}
The call stays dropped. By {jo_monday:Friday|Thursday} neither of them knows how to be the one who rings. #ending:left_dropped
-> END

// ---------------------------------------------------------------------------------------------
// The break: twenty minutes with a time to come back, or cut short
// ---------------------------------------------------------------------------------------------

=== jo_the_break ===
~ jo_now += 1
{
- jo_in_call && flooded("sally"):
    Sally nods, not looking at the camera.
    Okay. #speaker:sally #move:sally.take_break
    Jo ends the call, having said when she'll ring.
    ~ jo_in_call = false
- jo_in_call:
    Okay. Twenty minutes. I'll be here. #speaker:sally #move:sally.take_break
    Jo ends the call, having said when she'll ring.
    ~ jo_in_call = false
- flooded("sally"):
    [{jo_at(1)}] ok #speaker:sally #move:sally.take_break
- else:
    [{jo_at(1)}] Ok. I'll be here x #speaker:sally #move:sally.take_break
}
{
- not jo_taught_twenty:
    ~ jo_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
Jo takes Pepper into the house and fills the kettle. The kitchen is cold; the heating's off till five. #time:5
~ jo_now += 5
{
- jo_the_break > 1:
    Again. Jo sits on the back step with the tea she made last time, gone cold.
- else:
    She sits on the back step with the tea and Pepper's chin on her knee.
}
~ temp sally_hot = flooded("sally") || stance_of("sally") == "attacking"
{
- sally_hot || (not jo_cut_short && stance_of("sally") == "protesting"):
    ~ jo_cut_short = true
    The phone buzzes on the step. #time:3
    ~ jo_now += 3
    [{jo_at(0)}] Are we ok? Just tell me we're ok. #speaker:sally #move:sally.demand
    Sally's alarm: she couldn't hold the twenty minutes. A reach into a break, even a frightened one, is talk during it. #coach
    -> cut_short
}
-> the_tea

= the_tea
She drinks the tea. She watches the wood pigeons on the Hendersons' fence. She doesn't rehearse anything, or tries not to. #time:8
~ jo_now += 8
Next door's radio is doing the football results. Pepper sighs and rearranges himself against her leg. #time:7
~ jo_now += 7
The sun gets low over the allotments, and the wood pigeons go quiet. #time:5
~ jo_now += 5
{
- state_of("jo") == "calm":
    By the bottom of the mug her hands are steady. #body:jo.calm
- else:
    She is steadier than she was, if not calm. #body:jo.stirred
}
-> jo_ring_after

= cut_short
{
- state_of("jo") == "flooded":
    Jo's heart kicks up again at the sight of it. #body:jo.flooded
}
+ [Don't answer. Turn the phone over and start the twenty minutes again. #move:take_break=20]
    ~ jo_last = "take_break"
    Jo turns the phone over on the step and breathes out slowly, four in and six out.
    Not answering keeps the break a break: nothing started, and the twenty minutes counted again from now. It is not a punishment; Jo said when she would ring. #coach
    -> the_tea
+ {flooded("jo")} [Answer once, gently: We're ok. Twenty minutes. Then I'll ring. #move:take_break=20]
    ~ jo_last = "take_break"
    ~ jo_ring_at = jo_now + 23
    [{jo_at(1)}] We're ok. Twenty minutes from now. I'll ring at {hhmm(jo_ring_at)}. #speaker:jo
    The break restated, kindly, with a time. It starts the clock again; it also tells Sally there is a way back. #coach
    Jo puts the phone face down and stays on the step. #time:12
    ~ jo_now += 12
    Pepper goes to sleep on her foot. #time:10
    ~ jo_now += 10
    -> jo_ring_after
* [Answer it: For God's sake, Sal. Twenty minutes. #move:criticize]
    ~ jo_last = "criticize"
    ~ jo_pressure += 1
    [{jo_at(1)}] For God's sake, Sal. Twenty minutes. I said. #speaker:jo
    Fair, and sharp: the break was Jo's to ask for, and this answer turns it back into the fight. #coach
    {
    - flooded("sally"):
        [{jo_at(1)}] Fine. Don't bother. #speaker:sally #move:sally.withdraw
        -> jo_leave_it.long_quiet
    - else:
        [{jo_at(1)}] Sorry. Sorry. Twenty minutes, from now. #speaker:sally #move:sally.take_break
        -> the_tea
    }

=== jo_ring_after ===
~ jo_in_call = true
~ temp late = jo_now > jo_ring_at + 1
{ jo_now + 1 < jo_ring_at:
    Jo waits on the step for the minute she said, watching the clock on her phone. #time:2
    ~ jo_now += 2
}
~ jo_now = MAX(jo_now + 1, jo_ring_at)
At {hhmm(jo_now)}, Jo rings. {late:Later than she said: the twenty minutes had to start again.|As she said she would.}
{
- flooded("sally"):
    Sally picks up, but her face is still shut.
    I'm here. #speaker:sally #move:sally.withdraw
- state_of("sally") == "escalated" || state_of("sally") == "activated":
    Sally picks up on the first ring. She's sitting up now, the lamp on.
    Hiya. #speaker:sally #move:sally.dismiss
- else:
    Sally picks up on the first ring. She's sitting up, the lamp on, a mug in her hands.
    You rang back. You said you would and you did. #speaker:sally #move:sally.appreciate
}
<- jo_break_offer
* [Thank you for waiting. I'm back. Can I tell you what I was going to say? #move:repair]
    ~ jo_last = "repair"
    Thank you for waiting. I'm back. Can I tell you what I was going to say, before the wifi? #speaker:jo
    Coming back softer than she left: the return is what makes a break safe to ask for next time. #coach
    -> jo_the_grief
* [Let's not do the big stuff tonight. Saturday, my morning. Just say goodnight properly. #move:ask_space=60]
    ~ jo_last = "ask_space"
    Let's not do the big stuff tonight. It's late there. Saturday, my morning, your evening. Properly. Can we just say goodnight now? #speaker:jo
    -> jo_break_ending

// ---------------------------------------------------------------------------------------------
// Jo's grief, and what each of them needs
// ---------------------------------------------------------------------------------------------

=== jo_the_grief ===
~ jo_in_call = true
~ jo_now += 2
{
- flooded("sally"):
    Sally says nothing. She is waiting, braced. #move:sally.withdraw
- jo_voice:
    I heard it. The voice note. All of it. #speaker:sally #move:sally.validate
}
{
- state_of("jo") == "flooded":
    Jo's chest is tight. The thing is right there. #body:jo.flooded
}
{
- jo_voice:
    Now Jo has to say it to her face, or to the lag where her face is.
- jo_monday:
    She has started. Now she has to go on.
- else:
    This is where Jo was when the picture froze: the thing is. The thing is, since you went...
}
<- jo_break_offer
+ [It's fine. I'm just tired. It's been a long few months. #move:dismiss]
    ~ jo_last = "dismiss"
    ~ jo_duty += 1
    It's nothing. It's fine. I'm just tired. It's been a long few months. #speaker:jo
    A deflection, right at the door. It keeps the peace, and it keeps Sally guessing, which is what sends her into the next tactic. #coach
+ [You asked me on the stairs and I said yes, and I meant it. And then you went, and I'm here, and I'm so angry. #move:share_vulnerable]
    ~ jo_last = "share_vulnerable"
    ~ jo_told = true
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    You asked me on the stairs and I said yes, and I meant it. It was your chance. And then you went, and I'm here, with your side of the bed made every morning. #speaker:jo
    And for months, every day at four, you rang, with the sun on the bench and a job half done, and I was meant to be glad, and I was. And I'm so angry with you I can't look at you some days. So I don't. I'm not seeing anyone, Sal. I'm just on my own. #speaker:jo
    The grief and the anger under the cold, said to the person they're about. Not an accusation: an account of what it's been like. #coach
+ [You left. You've got a pool and a job you love. You don't get to be lonely. #move:blame]
    ~ jo_last = "blame"
    ~ jo_pressure += 1
    You left, Sal. You've got a pool and a job you love and a balcony. You don't get to be the lonely one. #speaker:jo
    The anger is real and it has been waiting months; said as blame, it asks Sally to defend the job instead of hearing Jo. #coach
- (sally_answers)
{
- flooded("sally"):
    Sally looks down at the sheet. #move:sally.withdraw
- received("sally") == "misread":
    So it's my fault you're unhappy. I did ask. You could have said no. #speaker:sally #move:sally.defend
    -> jo_misread_note ->
- jo_last == "blame" && (state_of("sally") == "escalated" || stance_of("sally") == "attacking"):
    I didn't leave you. I took a job. We agreed. You said it was for both of us. #speaker:sally #move:sally.defend
- jo_last == "blame":
    I am lonely, though. That's the stupid thing. I've never been so lonely. #speaker:sally #move:sally.share_vulnerable
- jo_last == "dismiss":
    Okay. If you say so. #speaker:sally #move:sally.withdraw
- state_of("sally") == "escalated":
    We agreed, Jo. It's two years. #speaker:sally #move:sally.defend
- else:
    You've been on your own with all of it. Of course you're angry. I'd be angry. #speaker:sally #move:sally.validate
    I think I made the job the plan and you the footnote. And the calls at four were for me. So I could sleep. #speaker:sally #move:sally.own_part
}
{
- jo_last == "dismiss" && jo_going_through == 0:
    -> jo_going_through
- jo_last == "dismiss":
    -> jo_duty_ending
}
-> jo_what_i_need

=== jo_what_i_need ===
~ jo_now += 2
{
- jo_pressure >= 2:
    They are both tired. The sun is low over the allotments in Leeds, and it has been dark in Singapore for hours.
- else:
    Jo has said what's been under it. She hasn't said what she wants instead, and for a moment nobody fills the gap.
}
<- jo_break_offer
* [Then come home. If you miss me so much, come home. #move:demand]
    ~ jo_last = "demand"
    ~ jo_pressure += 2
    Then come home. If you miss me so much, come home. #speaker:jo
    An ultimatum wearing a wish's clothes. Jo doesn't want Sally to give up the job, and this asks her to prove her love by doing exactly that. #coach
* [Not every call has to be a date. Let a photo count. And one proper call a week, not in my working day. #move:ask_space=60]
    ~ jo_last = "ask_space"
    ~ jo_asked = true
    ~ jo_saturday = true
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    Can I ask for something? Not every call has to be a date. Some days I want to be in the workshop and just send you a chair, and for that to count. And one proper call a week, Saturday, my morning, your evening. Not four o'clock. #speaker:jo
    {
    - not jo_taught_space:
        ~ jo_taught_space = true
        Asking for space directly, with a time for closeness built in (Lancer): not less of Sally, a shape Jo can actually be present in. #coach
    - else:
        Asking for space directly, with a time for closeness built in: a shape Jo can be present in. #coach
    }
* [Same time tomorrow, then. Four o'clock. #move:dismiss]
    ~ jo_last = "dismiss"
    ~ jo_duty += 1
    Same time tomorrow, then. Four o'clock. #speaker:jo
    Back to the schedule, the shelter: the call as a duty, because that, at least, Jo knows how to perform. #coach
    {
    - jo_going_through == 0:
        -> jo_going_through
    }
    {
    - flooded("sally"):
        Sally nods. #move:sally.withdraw
    - else:
        Four o'clock. Love you. #speaker:sally #move:sally.dismiss
    }
    -> jo_duty_ending
* [Come home for the Deepavali long weekend. I want you in the same time of day as me. #move:ask_closeness]
    ~ jo_last = "ask_closeness"
    ~ jo_asked = true
    ~ jo_visit = true
    ~ jo_pressure = MAX(jo_pressure - 1, 0)
    Come home for the Deepavali long weekend. I want you in the same time of day as me. At the same table. #speaker:jo
    Asking for togetherness directly, from the one who usually withdraws: a request, not a complaint about what's missing. #coach
- (sally_answers)
{
- flooded("sally"):
    Sally nods, but she's a long way off. #move:sally.withdraw
- jo_last == "demand" && (state_of("sally") == "escalated" || stance_of("sally") == "attacking"):
    And throw it all away. That's the price, is it. #speaker:sally #move:sally.criticize
- jo_last == "demand":
    You don't mean that. Do you? #speaker:sally #move:sally.defend
- received("sally") == "misread":
    {jo_last == "ask_space":So, less of me.|So it's on me to fix it.} #speaker:sally #move:sally.defend
    -> jo_misread_note ->
- jo_last == "ask_closeness":
    The long weekend. Yes. I'll book it tonight. I'll book it now. #speaker:sally #move:sally.turn_toward
- state_of("sally") == "escalated" || state_of("sally") == "activated":
    Okay. Saturday. A photo counts. #speaker:sally #move:sally.turn_toward
- else:
    A photo counts. It always counted. I couldn't hear it from here. #speaker:sally #move:sally.turn_toward
}
-> jo_her_ask

=== jo_her_ask ===
~ jo_now += 1
Sally pulls the sheet up over her knees, working up to something.
{
- flooded("sally") || state_of("sally") == "escalated":
    -> twenty_ask
}
Can I ask for something too? I don't want to play it cool any more. I want to be allowed to miss you out loud, without it being a thing you have to manage. #speaker:sally #move:sally.ask_closeness
{
- received("jo") == "misread":
    -> jo_heard_wrong("I want to be allowed to miss you", "more of it: more missing, more calls, and you to manage all of it") ->
}
Now Sally is asking directly too: each of them saying what they need, without guilt and without blame (Lancer). #coach
<- jo_break_offer
* [Honestly? That frightens me a bit. It sounds like more. But yes. #move:share_vulnerable]
    ~ jo_last = "share_vulnerable"
    Honestly? That frightens me a bit. It sounds like more. But yes. #speaker:jo
    Naming the fear and saying yes anyway. That is what someone who withdraws can do instead of withdrawing. #coach
    -> her_answer
* [So more calls, then. #move:criticize]
    ~ jo_last = "criticize"
    ~ jo_pressure += 1
    So more calls, then. #speaker:jo
    An ask for closeness heard as a demand: the distancer's alarm read a need as a threat, and the cycle starts again. #coach
    {
    - flooded("sally") || state_of("sally") == "escalated":
        -> jo_shut_the_laptop
    - else:
        That's not what I... forget it. #speaker:sally #move:sally.withdraw
        Sally says she has monitors at eight, and the call ends, politely, from Singapore.
        -> jo_leave_it.long_quiet
    }
* [Miss me out loud. I'll try to hear it as missing, not as a bill. #move:turn_toward]
    ~ jo_last = "turn_toward"
    Miss me out loud. I'll try to hear it as missing you. Not as a bill. #speaker:jo
    Saying yes to closeness that has a shape: the fear of being swallowed answered by the agreement Jo just made. #coach
    -> her_answer

= her_answer
{
- received("sally") == "misread":
    {jo_last == "share_vulnerable":Frightens you. Me missing you frightens you.|Not as a bill. So it was a bill.} #speaker:sally #move:sally.defend
    -> jo_misread_note ->
    -> twenty_ask
- flooded("sally") || state_of("sally") == "escalated" || flooded("jo") || state_of("jo") == "escalated":
    -> twenty_ask
- jo_pressure >= 2:
    -> twenty_ask
}
-> jo_reconnected

// Sally asks for twenty minutes, with a time; Jo's answer is to that.
= twenty_ask
~ jo_ring_at = jo_now + 21
{
- jo_her_ask.twenty_ask == 1 && jo_her_ask.her_answer == 0:
    I need to stop. Twenty minutes. I'll ring you at {hhmm(jo_ring_at)} yours, and then can we finish this. #speaker:sally #move:sally.ask_space=20
- else:
    I need a minute. Twenty. I'll ring you at {hhmm(jo_ring_at)}. #speaker:sally #move:sally.ask_space=20
}
{
- not jo_taught_twenty:
    Sally is asking for the break herself, with a time to come back: from the one who usually chases, the hardest sentence there is (Gottman; Lancer). #coach
}
+ [Yes. Twenty minutes. I'll be here. #move:take_break=20]
    ~ jo_last = "take_break"
    Yes. Twenty minutes. I'll be here. #speaker:jo
    -> jo_sallys_twenty
* [Can't we just finish? I've only just got going. #move:demand]
    ~ jo_last = "demand"
    ~ jo_pressure += 1
    Can't we just finish? I've only just got going, Sal. #speaker:jo
    For once Jo is the one who wants to go on, and it is still a push: roles follow the issue (Christensen). To a body that has asked to stop, finishing now means finishing badly. #coach
    {
    - flooded("sally"):
        -> jo_shut_the_laptop
    - else:
        No. Twenty minutes, Jo. I said I'd ring. #speaker:sally #move:sally.take_break=20
        -> jo_sallys_twenty
    }
* [Say nothing. Look at the bench. #move:stonewall]
    ~ jo_last = "stonewall"
    ~ jo_pressure += 1
    Jo looks at the bench. The lag stretches the silence out.
    I'll take that as a yes. I'll ring you. #speaker:sally #move:sally.take_break=20
    A silence where a yes was needed: Sally goes anyway, and takes with her the old question, whether Jo minds. #coach
    -> jo_sallys_twenty

// Sally's twenty minutes: she asked for them, and they are kept.
=== jo_sallys_twenty ===
~ jo_break_by = "sally"
{
- jo_last == "take_break" && (flooded("sally") || state_of("sally") == "escalated"):
    Sally nods without looking at the camera.
    Thank you. #speaker:sally #move:sally.take_break=20
- jo_last == "take_break":
    Thank you. I'll ring. #speaker:sally #move:sally.take_break=20
}
Sally ends the call. The screen goes dark. This time nobody's wifi did it. #time:4
~ jo_now += 4
{
- not jo_taught_twenty:
    ~ jo_taught_twenty = true
    A break with a time to come back: twenty minutes is the least a flooded body needs (Gottman). Letting Sally have it, without reaching in, is the repair. #coach
}
Jo feeds Pepper, and puts the heating on for the first time this autumn, and stands in the kitchen until the radiators tick. #time:12
~ jo_now += 12
At {hhmm(jo_ring_at)}, as she said, Sally rings. #time:5
~ jo_now += 5
-> jo_break_ending

=== jo_break_ending ===
{
- flooded("sally"):
    Saturday. Your morning. I'll be here. #speaker:sally #move:sally.ask_space=60
- else:
    Saturday, then. Your morning, my evening. You have coffee, I'll have wine. #speaker:sally #move:sally.turn_toward
}
They don't finish it tonight. They say goodnight, and for once it isn't a sign-off; it is a time to come back. #time:3
~ jo_now += 3
{jo_told:Jo said the thing under the cold, and the rest has a time. They stopped when they needed to and came back, and the dropped line didn't get the last word.|They stopped before the night could say anything worse, and they will come back to it at a time they both named.} #ending:break_and_return
-> END

=== jo_reconnected ===
{
- jo_last == "share_vulnerable":
    More frightens me too. We'll do it badly for a bit. #speaker:sally #move:sally.validate
- else:
    Sally laughs, properly, the sound arriving a second after her face does.
    Deal. #speaker:sally #move:sally.turn_toward
}
They stay on another twenty minutes. Jo carries the laptop back out to the workshop and shows her the chair in the low sun; Sally shows her the view from the balcony, all lit windows. Nobody is performing anything. #time:20
~ jo_now += 20
{
- jo_visit:
    The Deepavali long weekend goes in both their calendars: Jo's in Leeds time, Sally's in Singapore time, the same four days.
- jo_saturday:
    Saturday goes in both their calendars: Jo's morning, Sally's evening.
- else:
    Nothing goes in a calendar tonight. Nobody is in a hurry to ring off.
}
Nothing about the distance is fixed. {jo_told && jo_confessed:But Jo said what the cold was keeping, and Sally stopped playing it cool, and for the first time since the airport they are on the same side of the seven hours.|{jo_told:But Jo said what the cold was keeping, and Sally heard it, and for the first time since the airport they are on the same side of the seven hours.|{jo_confessed:But Sally stopped playing it cool, and Jo met her, and for the first time since the airport they are on the same side of the seven hours.|But each of them asked for something, and the other said yes, and for once they are on the same side of the seven hours.}}} #ending:reconnected
-> END

// ---------------------------------------------------------------------------------------------
// The heat: the laptop shut in the middle of it
// ---------------------------------------------------------------------------------------------

=== jo_shut_the_laptop ===
~ jo_now += 1
{
- jo_declined && flooded("sally"):
    ~ jo_sally_hung_up = true
    Read. Then nothing, and Sally's status goes grey. #move:sally.withdraw
- flooded("sally"):
    ~ jo_sally_hung_up = true
    Sally's face goes white and hard in the lamplight.
    Fine. I'm going. #speaker:sally #move:sally.withdraw
    The call ends from Singapore.
- stance_of("sally") == "attacking" || state_of("sally") == "escalated":
    Don't. I'm lying here at midnight on my own, Jo. #speaker:sally #move:sally.criticize
- else:
    That's not fair. That's not... #speaker:sally #move:sally.defend
}
{
- state_of("jo") == "flooded":
    Jo's heart is slamming. Her hand is on the laptop lid. #body:jo.flooded
}
{
- not flooded("jo") && not flooded("sally"):
    Jo looks at the bench a long time, and then says she should feed the dog, and Sally says okay, and they both hang up politely.
    -> jo_leave_it.long_quiet
}
+ {flooded("jo")} [Stop. I need twenty minutes. I'll ring you in half an hour. I'm not leaving. #move:take_break=20]
    ~ jo_last = "take_break"
    ~ jo_in_call = not jo_sally_hung_up
    ~ jo_break_by = "jo"
    ~ jo_ring_at = jo_now + 30
    {
    - jo_sally_hung_up:
        [{jo_at(1)}] I need twenty minutes. Then I'll ring you, {hhmm(jo_ring_at)}. I'm not leaving. #speaker:jo
    - else:
        Stop. I need twenty minutes. I'll ring you at {hhmm(jo_ring_at)}. I'm not leaving. #speaker:jo
    }
    At the edge of the exit, the same exit turned into a break: a time to come back makes stopping safe for both of them. #coach
    -> jo_the_break
* [{jo_sally_hung_up:Shut the laptop on it and walk away from the bench.|Shut the laptop.} #move:stonewall]
    ~ jo_last = "stonewall"
    Jo shuts the laptop. The workshop is suddenly full of the radio.
* [{jo_sally_hung_up:Message her: Fine. Go, then.|I can't do this. Say it and end the call.} #move:withdraw]
    ~ jo_last = "withdraw"
    {
    - jo_sally_hung_up:
        [{jo_at(1)}] Fine. Go, then. #speaker:jo
    - else:
        I can't do this. I'm going. #speaker:jo
        Jo ends the call.
    }
- (gone)
{
- flooded("sally"):
    [{jo_at(2)}] Typical. #speaker:sally #move:sally.contempt
- else:
    Nothing comes from Singapore. #move:sally.withdraw
}
Jo takes Pepper up past the allotments as the light goes, and doesn't take her phone. #time:40
~ jo_now += 40
{
- not jo_taught_flood:
    ~ jo_taught_flood = true
    The flight half of fight-or-flight: past about 100 beats a minute the body wants out (Gottman), and the laptop lid is the nearest door. Leaving is sometimes necessary; leaving without a time to come back is what makes it a walk-out and not a break. #coach
}
By Wednesday they have exchanged four messages, all about the car insurance. #time:600
~ jo_now += 600
The call was ended in the heat of it, with no time to come back. The thing Jo was going to say is further off than it was at twenty past four. #ending:walked_out
-> END
