// Rory and Mateo, played as MATEO (the pursuer). Rory is simulated by the model.
// Adapted from comment 6 (Rory) in 002_612bd878bc8560af.txt. The comment is hers: "relentlessly
// pursued", "does not acknowledge my autonomy". This mode gives Mateo an inside: moving in meant
// "us"; in his mother's flat nobody shut a door, except his father, the year before he left.
//
// Shape of the mode:
//   the books        mateo_start -> mateo_the_books (he unpacked them by colour, as a surprise)
//   the door         mateo_the_door (the arroz is ready; the door is shut) -> mateo_her_answer
//                    -> mateo_the_weekend (Dani and Luis tomorrow, his mother's on Sunday)
//                    -> mateo_her_no (a no that is or isn't a rejection)
//   the soft track   mateo_the_back_room -> mateo_tern_street -> mateo_the_ask -> mateo_her_ask
//                    -> mateo_the_arroz -> mateo_waiting (#ending:boundary_honoured)
//                                        or mateo_supper / mateo_two_plates (#ending:reconnected)
//   the heat         mateo_heating_up -> mateo_the_flood -> mateo_not_going / mateo_to_danis
//                    -> mateo_after_the_door (#ending:walked_out)
//   the break        mateo_call_break -> mateo_twenty_minutes (his alarm says knock; a knock into
//                    the break floods a cooling body again) -> mateo_the_return -> mateo_after_break
//                    -> mateo_break_ending (#ending:break_and_return), or on to mateo_her_ask;
//                    mateo_last_break (#ending:break_and_return)
//   the flip         mateo_roles_flip: he stops knocking and shuts a door of his own, and Rory is
//                    the one who knocks (#ending:roles_flip)
//
// Rory's words follow the model: flooded / state_of / stance_of and received("rory"). Whenever
// Mateo is flooded, a break is on offer (mateo_break_offer, or the knot's own break choice).

VAR mateo_pressure = 0     // +1 for each pressing move, -1 for each move that calms; 2+ = the heat
VAR mateo_last = ""        // Mateo's last move, so Rory answers what he actually did
VAR mateo_books = ""       // how he met her face at the shelf: follow | let_go | stung | noticed
VAR mateo_excuse = false   // Rory answered with the invented subtitle file due at nine
VAR mateo_she_asked = false // Rory asked plainly for time alone, with a time to come out
VAR mateo_he_asked = false // he asked plainly for time together
VAR mateo_owned_weekend = false // he owned saying yes to Dani without asking her
VAR mateo_ate_alone = false
VAR mateo_rang_dani = false // he said yes to her no about tomorrow
VAR mateo_he_told = false  // he told her about the back room
VAR mateo_she_told = false // she told him about Tern Street
VAR mateo_laid_rule = false
VAR mateo_misfired = false
VAR mateo_flood_seen = false
VAR mateo_her_fine = false  // she said "Fine. Sounds fun." about the weekend, and meant the opposite
VAR mateo_her_silent = false // she said nothing to the weekend: flooded
VAR mateo_overrode = false  // she said no to eating now, and he went on as if she hadn't
VAR mateo_told_out = false  // she has already told him to get out of her room
VAR mateo_break_from = ""  // heat | kitchen | dani
VAR mateo_cut_short = ""   // knock | text
VAR mateo_taught_misread = false
VAR mateo_taught_twenty = false
VAR mateo_taught_flood = false
VAR mateo_taught_roles = false
VAR mateo_taught_heard = false
VAR mateo_taught_stonewall = false

=== function note_mateo_floods() ===
{ flooded("rory") || flooded("mateo"):
    ~ mateo_flood_seen = true
}

=== mateo_start ===
Friday, the eighth day in the flat on Mill Lane. Mateo has been home since half four; Year 4 went out at quarter past three, shrieking, into the first cold day of the autumn.
He has done two things. He has unpacked Rory's books, all six boxes, onto the living-room shelves by colour, red to green, because it looks beautiful and because he wants her to walk in and feel at home. And he has made his mother's arroz in the big pan he carried on the bus from Carmen's.
At lunchtime Dani rang about the match tomorrow, and Mateo said come round, both of you, bring Luis. At two his mother texted: Sunday, everyone, lamb, bring Rory. He said yes to both. It is what you do.
The key goes in the lock at twenty to seven. Rory comes in with her headphones round her neck and the grey look she has after a day of subtitles.
-> mateo_the_books

=== mateo_the_books ===
He walks her into the living room with his hands over her eyes, and takes them away.
{
- flooded("rory") || state_of("rory") == "escalated":
    Oh. You've… done them. #speaker:rory #move:rory.dismiss
- else:
    Oh. Wow. You did them by colour. That's… thank you. I'm just going to change. Ten minutes. #speaker:rory #move:rory.appreciate
}
Her face does something he can't read. Then she is gone down the hall, and the door of the little room closes behind her.
* [Follow her down the hall: Do you like it? Dostoevsky's next to the Moomins! #move:bid]
    ~ mateo_books = "follow"
    ~ mateo_last = "bid"
    Mateo follows her down the hall and talks through the door.
    Do you like it? I put Dostoevsky next to the Moomins. They get on. #speaker:mateo
    Pursuing a bid that was already answered: he wants the moment back, and the door is already shut. #coach
* [Let her go. She's had a long day. Start the rice. #move:self_soothe]
    ~ mateo_books = "let_go"
    ~ mateo_last = "self_soothe"
    Mateo lets her go. He puts the stock on and stirs, and tells himself she's tired, which is true.
    Letting a closed door be a closed door, for ten minutes, without deciding what it means. #coach
* [Through the door: You could at least look at it properly. It took me two hours. #move:criticize]
    ~ mateo_books = "stung"
    ~ mateo_last = "criticize"
    ~ mateo_pressure += 1
    You could at least look at it properly. It took me two hours. #speaker:mateo
    The hurt is real: he made her a gift. Said like this, the gift becomes a debt. #coach
* [Knock. Through the door: You had them in an order, didn't you. Sorry. I should have asked. #move:own_part]
    ~ mateo_books = "noticed"
    ~ mateo_last = "own_part"
    You had them in an order, didn't you. Sorry. I should have asked first. #speaker:mateo
    Owning his part, early, on something small: that her books are hers to arrange, even in a shared flat. It costs him the surprise. #coach
- (answers)
{
- mateo_books == "let_go":
    The flat goes quiet except for the stock.
- flooded("rory"):
    There is no answer from the little room. #move:rory.stonewall
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_books == "noticed":It's fine. Can I just change?|Can I just change, please?} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_books == "stung":
    I did look. I'm just tired, Mateo. Can I get changed? #speaker:rory #move:rory.defend
- mateo_books == "noticed":
    A pause. Then, through the door:
    I did. It's okay. It was kind. Thank you for saying. #speaker:rory #move:rory.appreciate
- else:
    Yeah. They look nice. Ten minutes. #speaker:rory #move:rory.dismiss
}
Ten minutes go by, and then twenty. The rice is done. The door stays shut. #time:20
-> mateo_the_door

=== mateo_the_door ===
~ note_mateo_floods()
The arroz is ready. It is best straight out of the pan, his mother says, the crust on the bottom still singing. He has lit the candle he bought for tonight.
The door of the little room is shut. Under it, a line of lamplight.
<- mateo_break_offer
* [Knock, and open it at the same time. It's our flat. #move:demand]
    ~ mateo_last = "demand"
    ~ mateo_pressure += 1
    Mateo knocks twice and opens the door.
    Food's ready! #speaker:mateo
    It's his flat too, and the food is ready: it feels like the most natural thing in the world. To the one inside, a door that opens on the knock is no door at all. #coach
* [Knock, and wait for her to answer. #move:bid]
    ~ mateo_last = "bid"
    Mateo knocks, and waits. It is a surprisingly long three seconds.
    A knock that waits for an answer is a bid, not a claim. #coach
* [Knock. Through the door: It gets lonely out here when the door shuts straight away. Any idea when you'll surface? #move:soft_startup]
    ~ mateo_last = "soft_startup"
    Mateo knocks, and talks to the door.
    It gets a bit lonely out here when the door shuts the minute you're home. Any idea when you'll surface? #speaker:mateo
    A soft start-up: a feeling, the moment, and a wish she can say yes to. Nothing in it says she is wrong to want the door. #coach
* [Don't knock. Eat on your own, and let her come when she comes. #move:withdraw]
    ~ mateo_last = "withdraw"
    ~ mateo_ate_alone = true
    Mateo serves himself a plate, blows the candle out, and eats standing up at the counter.
    Not knocking looks like respect. Eating alone with the candle out is something else: a protest with no words in it, which is the first step toward going cold. #coach
- (answers)
{
- mateo_ate_alone:
    -> mateo_eating_alone
- flooded("rory"):
    Rory doesn't look up from the screen. #move:rory.stonewall
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "soft_startup":Lonely. It's a door, Mateo. I'm allowed a door.|I heard you. I'm coming. God.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_last == "demand" && state_of("rory") == "escalated":
    Mateo. Can you knock? And wait? #speaker:rory #move:rory.criticize
- mateo_last == "demand":
    ~ mateo_excuse = true
    Rory pulls one side of the headphones off.
    I've got a subtitle file due at nine. Ten more minutes? #speaker:rory #move:rory.dismiss
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    ~ mateo_excuse = true
    I've got a file due at nine. Ten minutes. #speaker:rory #move:rory.dismiss
- else:
    ~ mateo_she_asked = true
    Come in, she says. She is in the green chair with a book, not the laptop.
    I'm not hiding, I promise. Can I have half an hour with this, on my own? Then I'm yours. Half eight. #speaker:rory #move:rory.ask_space=30
    That was Rory asking for space directly, with a time to come back. It is exactly what the advice says to do, and it still stings to hear. #coach
}
-> mateo_her_answer

// He didn't knock: she comes out herself, and finds him done.
=== mateo_eating_alone ===
Ten minutes later she comes out by herself, and finds him washing his plate. #time:10
{
- flooded("rory") || stance_of("rory") == "stonewalling":
    You ate. Right. #speaker:rory #move:rory.withdraw
- else:
    You didn't wait? I said ten minutes. #speaker:rory #move:rory.bid
}
Watch the chairs move: he stopped reaching, and she came looking. Whoever wants the contact pursues. #coach
<- mateo_break_offer
* [There's some left. I didn't know if you were coming out. #move:defend]
    ~ mateo_last = "defend"
    There's some left. I didn't know if you were coming out. #speaker:mateo
    -> mateo_the_weekend
* [Sorry. I got in a mood about the door. Sit, I'll heat you some. #move:own_part]
    ~ mateo_last = "own_part"
    ~ mateo_ate_alone = false
    Sorry. I got in a mood about the door. Sit down, I'll heat you some. #speaker:mateo
    -> mateo_the_weekend
* [I'm going to watch the match. Eat whenever. #move:withdraw]
    ~ mateo_last = "withdraw"
    I'm going to watch the highlights. Eat whenever. #speaker:mateo
    -> mateo_roles_flip

=== mateo_her_answer ===
~ note_mateo_floods()
{
- mateo_excuse:
    There is no file due on a Friday night; he knows her deadlines are Wednesdays. He doesn't know why she'd make one up.
- mateo_she_asked:
    Half an hour. The crust will go soft. His plan for the evening, the candle and the film, slides back to nine.
- else:
    She is somewhere he can't follow, and he is standing at the edge of it.
}
<- mateo_break_offer
* [{mateo_excuse:Ten minutes. Okay. I'll keep it warm.|{mateo_she_asked:Half an hour. Okay. I'll keep it warm.|Sorry. Come when you're ready. I'll keep it warm.}} #move:turn_toward]
    ~ mateo_last = "turn_toward"
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    {mateo_excuse:Ten minutes. Okay.|{mateo_she_asked:Half an hour. Okay.|Sorry. Come when you're ready.}} I'll keep it warm. #speaker:mateo
    Saying yes to space with a time on it, and meaning it: the crust is the price. A no to this half hour is not a no to him. #coach
* [{mateo_excuse:On a Friday? You've been in here every night this week.|{mateo_she_asked:Half an hour? You've been in here every night this week.|I did knock. You've been in here every night this week.}} #move:criticize]
    ~ mateo_last = "criticize"
    ~ mateo_pressure += 1
    {mateo_excuse:On a Friday? You've been in here every night this week.|{mateo_she_asked:Half an hour? You've been in here every night this week.|I did knock. You've been in here every night this week.}} #speaker:mateo
    Keeping count is the pursuer's alarm, said out loud: every night means always, and always is a charge. #coach
* {mateo_excuse} [Okay. I'll wait here. Sit down on the box of winter coats. #move:demand]
    ~ mateo_last = "demand"
    ~ mateo_pressure += 1
    Okay. I'll wait. #speaker:mateo
    He sits down on the box of winter coats by the door and gets his phone out. He means it kindly.
    Waiting in the room is kind from the inside. From the green chair it is being watched. #coach
* {not mateo_excuse} [Can I ask you something? Is it me? #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    Can I ask you something? Is it me? We've been here eight days and you've spent five evenings in here. #speaker:mateo
    The fear under the knocking, asked straight. It is a brave question and a heavy one to hand someone at the end of her day. #coach
- (answers)
{
- flooded("rory"):
    Rory puts the headphones back on. #move:rory.stonewall
    -> mateo_behind_the_headphones ->
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "share_vulnerable":Is it you. Great, so now I have to look after that as well.|Keep it warm. Like I'm late for something.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_last == "criticize" && state_of("rory") != "calm":
    Every night? I've been here eight days. I'm allowed a room, Mateo. #speaker:rory #move:rory.defend
- mateo_last == "criticize":
    It's been a long week. I just need a bit. #speaker:rory #move:rory.defend
- mateo_last == "demand":
    Rory looks at him on the box, and at the screen, and closes the laptop.
    Fine. I'm coming. #speaker:rory #move:rory.withdraw
- mateo_last == "share_vulnerable" && state_of("rory") == "escalated":
    It's not you. It's just… a lot. #speaker:rory #move:rory.dismiss
- mateo_last == "share_vulnerable":
    No. It's not you. I haven't had a door stay shut all week, and I'm running on empty. #speaker:rory #move:rory.share_vulnerable
    {
    - received("mateo") == "misread":
        -> mateo_heard_wrong("running on empty", "running from him") ->
    }
- mateo_excuse:
    Rory glances at the laptop, and back at him.
    Actually, there's no file. I just wanted to be on my own for a bit. Sorry. #speaker:rory #move:rory.own_part
    {
    - received("mateo") == "misread":
        -> mateo_heard_wrong("on my own", "away from you") ->
    }
- else:
    Thank you. Half eight. Save me the crispy bit. #speaker:rory #move:rory.appreciate
}
-> mateo_the_weekend

// Rory behind headphones: her face shows nothing; he can only guess what it costs her.
=== mateo_behind_the_headphones ===
{
- not mateo_taught_stonewall:
    ~ mateo_taught_stonewall = true
    Headphones look like not caring. Usually they are the opposite: a body that has had too much, shutting the door it can reach (Gottman and Levenson: the one behind the wall pays in heart rate). #coach
}
->->

=== mateo_the_weekend ===
~ note_mateo_floods()
There is still tomorrow to tell her about. Dani and Luis at three. His mother's on Sunday: eleven people and the lamb.
<- mateo_break_offer
* [Tell it as good news: Dani and Luis are coming tomorrow for the match, and Mum wants us Sunday! #move:bid]
    ~ mateo_last = "bid"
    Oh, and good news. Dani and Luis are coming tomorrow for the match, and Mum wants us Sunday. Everyone's coming. She's doing the lamb. #speaker:mateo
    To him it is good news: this is what a home is for. Said as settled, it tells her the weekend was decided without her. #coach
* [Own it: I said yes to Dani for tomorrow without asking you. And to Mum for Sunday. I should have asked. #move:own_part]
    ~ mateo_last = "own_part"
    ~ mateo_owned_weekend = true
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    I did a thing. I said yes to Dani and Luis for tomorrow, for the match, without asking you. And to Mum for Sunday. I should have asked you first. #speaker:mateo
    Owning it before she finds it: in his family nobody asks, people just come. In this flat there are two people to ask. #coach
* [They're my best friends. You'll like them once you actually spend some time with them. #move:criticize]
    ~ mateo_last = "criticize"
    ~ mateo_pressure += 1
    Dani and Luis are coming tomorrow for the match. And Mum's Sunday. You'll like them, you know, once you actually spend some time with them. #speaker:mateo
    Once you actually: the invitation carries a verdict on her, and a no has nowhere to go but a fight. #coach
- (answers)
{
- flooded("rory"):
    Rory doesn't answer. She looks at the boxes in the hall as if one of them might be a door. #move:rory.withdraw
    ~ mateo_her_silent = true
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "own_part":You should have. So you knew, and you did it anyway.|Good news. For who?} #speaker:rory #move:rory.criticize
    -> mateo_misread_note ->
- mateo_last == "criticize" || state_of("rory") == "escalated":
    You invited people without asking me? It's my flat too, Mateo. #speaker:rory #move:rory.criticize
- state_of("rory") == "activated" && mateo_last == "bid":
    ~ mateo_her_fine = true
    Fine. Sounds fun. #speaker:rory #move:rory.dismiss
    She says it the way people say fine when they mean the opposite, and he hears only the fine.
- else:
    Thank you for saying. I'd have liked to be asked. Could tomorrow be quiet, and Dani and Luis come next week? Sunday's fine. #speaker:rory #move:rory.soft_startup
    {
    - received("mateo") == "misread":
        -> mateo_heard_wrong("could tomorrow be quiet", "could you not have friends") ->
    }
}
-> mateo_her_no

=== mateo_her_no ===
~ note_mateo_floods()
{
- mateo_pressure >= 2:
    -> mateo_heating_up
}
{
- mateo_her_fine:
    Fine, she said. The word sits there, and something under it doesn't sound fine at all.
- mateo_her_silent:
    She hasn't said no. She hasn't said anything, and the not-saying sounds like the back room.
- else:
    There it is, or near enough: a no. Not to him, he tells himself. To tomorrow. It doesn't feel that way.
}
<- mateo_break_offer
* [{mateo_her_fine:You don't sound like it's fine. Is it them, or is it me? Do you not want to live with me?|Is that about them, or about me? Do you not want to live with me?} #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    {mateo_her_fine:You don't sound like it's fine. Is it them, or is it me? Do you not want to live with me?|Is that about them, or about me? Do you not want to live with me?} #speaker:mateo
    His real fear, out loud. It is honest, and it turns {mateo_her_fine:one flat word|her small no} into a question about everything. #coach
* [{mateo_her_fine:Great. Three o'clock, then. You'll love Luis.|It's one evening, Rory. They're my best friends.} #move:demand]
    ~ mateo_last = "demand"
    ~ mateo_pressure += 1
    {mateo_her_fine:Great. Three o'clock, then. You'll love Luis. I've already said yes.|It's one evening, Rory. They're my best friends. I've already said yes.} #speaker:mateo
    {mateo_her_fine:Taking the fine and running with it: he heard what he hoped for, and left her no room to say the rest.|Reasonable, and it treats her no as a negotiating position. This is what she means by not acknowledging her autonomy: the no is heard as the start of the bargaining.} #coach
* [{mateo_her_fine:Is it actually fine? You're allowed to say no. I'd rather you did.|Okay. Next week. I'll ring Dani tonight.} #move:validate]
    ~ mateo_last = "validate"
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    { mateo_her_fine:
        Is it actually fine? You're allowed to say no. I'd rather you did. #speaker:mateo
        Checking a fine that doesn't sound fine, and making room for the no: it costs him the easy yes he'd have taken. #coach
      - else:
        ~ mateo_rang_dani = true
        Okay. Next week. I'll ring Dani tonight. #speaker:mateo
        Hearing her no as a no to one evening, not to him: the skill at the centre of this scene. It costs him an awkward phone call and a Saturday he'd looked forward to. #coach
    }
* [{mateo_her_fine:Good. He goes back to the pan.|Fine. Whatever you want.} #move:withdraw]
    ~ mateo_last = "withdraw"
    ~ mateo_pressure += 1
    {mateo_her_fine:Good.|Fine. Whatever you want.} #speaker:mateo
    He goes back to the pan.
    {mateo_her_fine:Good, to a fine that wasn't: both of them have stopped saying the thing.|Whatever you want sounds like giving in.} It is the first step from pursuing toward going cold. #coach
- (answers)
{
- flooded("rory"):
    Rory shakes her head. She can't do this now. #move:rory.withdraw
- mateo_last == "withdraw":
    Rory watches him go.
    That's not what I… okay. #speaker:rory #move:rory.withdraw
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "validate":{mateo_her_fine:I said it's fine. Do you want it in writing?|You don't have to sound so hard done by.}|Do I not want to live with you. Mateo, I just moved my whole life up three flights of stairs.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_last == "validate" && mateo_her_fine:
    Honestly? Not tomorrow. I'd love to meet them properly. Next week? #speaker:rory #move:rory.soft_startup
    Next week, then. I'll ring Dani tonight. #speaker:mateo
    ~ mateo_rang_dani = true
- mateo_last == "demand" && state_of("rory") != "calm":
    Then why did you ask me? Oh, wait. You didn't. #speaker:rory #move:rory.criticize
- mateo_last == "demand":
    Okay. Tomorrow, then. Fine. #speaker:rory #move:rory.dismiss
- mateo_last == "share_vulnerable" && state_of("rory") == "escalated":
    Why does everything have to be about us? #speaker:rory #move:rory.defend
- mateo_last == "share_vulnerable":
    Of course I do. It's not you. It's tomorrow. I need one day with nobody in it. Even you, for a few hours. #speaker:rory #move:rory.share_vulnerable
- else:
    Thank you. Really. #speaker:rory #move:rory.appreciate
}
{
- mateo_pressure >= 2 && mateo_last == "withdraw":
    -> mateo_roles_flip
- mateo_pressure >= 2:
    -> mateo_heating_up
}
-> mateo_the_back_room

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== mateo_the_back_room ===
~ note_mateo_floods()
{
- flooded("rory"):
    -> mateo_the_flood
}
{
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    What is it with the door, Mateo? #speaker:rory #move:rory.defend
- else:
    Rory looks at him for a long moment.
    Can I ask? Why does the door get to you so much? #speaker:rory #move:rory.bid
}
{
- received("mateo") == "misread" && not flooded("rory"):
    -> mateo_heard_wrong("why does the door get to you", "what is wrong with you") ->
}
He knows why. He has never said it to anyone but Dani, drunk.
<- mateo_break_offer
* [Tell her about the back room, the year Dad left. #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    ~ mateo_he_told = true
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    In Mum's flat nobody shut a door. Six of us and my nan, and the kitchen was where you lived. The only door that stayed shut was the back room, the year before Dad left. #speaker:mateo
    Every evening he went in there and shut it. I used to do my spellings outside it so he'd hear somebody. And then he was gone. So when the door shuts… I know it's not that. It feels like that. #speaker:mateo
    Under the pursuit, fear. It explains the knocking; it doesn't make knocking after a no all right. Saying it out loud lets her see where the knocking comes from. #coach
* [Keep it light: In my family we don't do doors. We barely do walls. #move:humor]
    ~ mateo_last = "humor"
    In my family we don't do doors. We barely do walls. My nan used to come into the bathroom to finish a conversation. #speaker:mateo
    Funny and true, and it keeps the real reason behind the joke. #coach
* [In my family, people who love each other eat together. That's all. #move:criticize]
    ~ mateo_last = "criticize"
    ~ mateo_pressure += 1
    In my family, people who love each other eat together. That's all. #speaker:mateo
    Guilt, gently: it makes her door a measure of her love. It is how he was raised, and it is pressure all the same. #coach
- (answers)
{
- flooded("rory"):
    Rory looks at the floor. #move:rory.withdraw
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "humor":Great. So I'm the weird one.|So I'm your dad now.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_last == "criticize" && state_of("rory") != "calm":
    So if I want a door I don't love you. #speaker:rory #move:rory.criticize
- mateo_last == "criticize":
    I love you and I want a door. Both. #speaker:rory #move:rory.defend
- mateo_last == "humor":
    Rory laughs.
    Your nan is terrifying. #speaker:rory #move:rory.humor
- state_of("rory") == "escalated":
    I didn't know that. #speaker:rory #move:rory.turn_toward
- else:
    Rory comes and sits next to him.
    You never told me that. I'm not going anywhere, Mateo. The door is where I go to come back. #speaker:rory #move:rory.validate
}
{
- mateo_pressure >= 2:
    -> mateo_heating_up
}
-> mateo_tern_street

=== mateo_tern_street ===
~ note_mateo_floods()
{
- flooded("rory"):
    -> mateo_the_flood
}
{
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    It's a door, Mateo. I shouldn't have to argue for it every night. #speaker:rory #move:rory.defend
- else:
    ~ mateo_she_told = true
    Can I tell you mine? On Tern Street there were four of us and one lock, on the bathroom. I read in the bath till the water went cold, because it was the only place nobody needed anything. #speaker:rory #move:rory.share_vulnerable
    I love you. I'm scared that if I don't have a door, I'll disappear into us. #speaker:rory #move:rory.share_vulnerable
    {
    - received("mateo") == "misread":
        -> mateo_heard_wrong("disappear into us", "a warning") ->
    }
}
<- mateo_break_offer
* [Ask her: What's it like for you, when I come in without knocking? #move:turn_toward]
    ~ mateo_last = "turn_toward"
    What's it like for you? When I come in without knocking? #speaker:mateo
    Asking about her side instead of defending his: the question itself is a kind of knock. #coach
* [{mateo_she_told:But I'm not your brothers and sisters. I'm not going to need things from you all the time.|I'm not arguing. I'm asking why it has to be every night.} #move:defend]
    ~ mateo_last = "defend"
    ~ mateo_pressure += 1
    {mateo_she_told:But I'm not your brothers and sisters. I'm not going to need things from you all the time.|I'm not arguing. I'm asking why it has to be every night.} #speaker:mateo
    {mateo_she_told:True, and it argues with her feeling instead of hearing it.|Fair, to him, and it makes her door something to justify, nightly.} #coach
* [So what am I meant to do, make an appointment? #move:criticize]
    ~ mateo_last = "criticize"
    ~ mateo_pressure += 1
    So what am I meant to do, make an appointment? #speaker:mateo
    The sarcasm is hurt talking. It makes her need into a joke at her expense. #coach
- (answers)
{
- flooded("rory"):
    Rory says nothing at all. #move:rory.stonewall
- received("rory") == "misread":
    ~ mateo_misfired = true
    Like being checked on. Like you're counting. #speaker:rory #move:rory.criticize
    -> mateo_misread_note ->
- mateo_last == "turn_toward" && state_of("rory") == "escalated":
    Like I can't finish a thought. #speaker:rory #move:rory.defend
- mateo_last == "turn_toward":
    Like there's nowhere I'm not on duty. Which isn't your fault. It's mine to say. #speaker:rory #move:rory.own_part
- mateo_last == "criticize":
    Maybe I am. Knock and wait. It's not an appointment, it's a door. #speaker:rory #move:rory.criticize
- else:
    {mateo_she_told:I know you're not. I'm telling you what it feels like, not what you are.|Because every night I need it. That's the answer. It isn't about you.} #speaker:rory #move:rory.defend
}
{
- mateo_pressure >= 2:
    -> mateo_heating_up
}
-> mateo_the_ask

=== mateo_the_ask ===
~ note_mateo_floods()
{
- flooded("rory"):
    -> mateo_the_flood
}
{mateo_she_asked:She asked for half an hour. He hasn't asked for anything; he has only knocked.|He hasn't asked her for anything yet. He has only knocked.}
<- mateo_break_offer
* [Lay down a rule: Door open after eight. We live together. #move:demand]
    ~ mateo_last = "demand"
    ~ mateo_laid_rule = true
    ~ mateo_pressure += 2
    Okay. Here's a rule, then. Door open after eight. We live together. #speaker:mateo
    A rule about her door. To the one who needs it, that is the smothering in a sentence. #coach
* [Ask for it straight: Friday nights, just us. And when the door's shut, tell me when you'll come out. #move:ask_closeness]
    ~ mateo_last = "ask_closeness"
    ~ mateo_he_asked = true
    ~ mateo_pressure = MAX(mateo_pressure - 1, 0)
    Can I ask for something? Friday nights, just us. And when the door's shut, tell me when you'll come out. Then I won't keep coming to check. #speaker:mateo
    Asking directly for togetherness (Lancer): a request she can say yes to, instead of a knock she has to answer. #coach
* [Don't ask for anything. You don't want to be one more thing she has to manage. #move:dismiss]
    ~ mateo_last = "dismiss"
    Nothing. I don't need anything. It's fine. #speaker:mateo
    Shrinking his need to make hers fit. It looks generous; it leaves her guessing, and him keeping score in silence. #coach
- (answers)
{
- flooded("rory"):
    Rory nods without taking it in. #move:rory.withdraw
- mateo_last == "demand" && state_of("rory") != "calm":
    No. That's my door. You don't get a rule about my door. #speaker:rory #move:rory.criticize
- mateo_last == "demand":
    A rule. Okay. And what's my rule? #speaker:rory #move:rory.defend
- mateo_last == "dismiss":
    It doesn't sound fine. #speaker:rory #move:rory.bid
- received("rory") == "misread":
    ~ mateo_misfired = true
    Tell you when I'll come out. Like a curfew. #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- state_of("rory") == "escalated":
    Fridays. Okay. #speaker:rory #move:rory.turn_toward
- else:
    Yes. Fridays. And I'll always say a time. That's easy. That's so easy, Mateo. #speaker:rory #move:rory.turn_toward
}
{
- mateo_pressure >= 2:
    -> mateo_heating_up
}
-> mateo_her_ask

=== mateo_her_ask ===
~ note_mateo_floods()
{
- flooded("rory"):
    -> mateo_the_flood
}
{
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    And I want the little room after work. Half an hour. Door shut. #speaker:rory #move:rory.ask_space=30
- else:
    ~ mateo_she_asked = true
    Can I ask for something too? The little room after work, half an hour, door shut. It's not from you. Then I come out, and I'm really out. #speaker:rory #move:rory.ask_space=30
    Now Rory is asking for space directly, with a time to come back: the other half of the same advice. #coach
}
<- mateo_break_offer
* [Every day? That's half a day a week you're not here. #move:criticize]
    ~ mateo_last = "criticize"
    Every day? That's half a day a week you're not here. #speaker:mateo
    A request for space heard as leaving. The pursuer's arithmetic: every hour behind the door is an hour of being left. #coach
    {
    - flooded("rory") || state_of("rory") == "escalated":
        Rory gets up, goes into the little room and closes the door. #move:rory.stonewall
        -> mateo_behind_the_headphones ->
        -> mateo_heating_up
    - else:
        I'm here. I'm just in the next room. #speaker:rory #move:rory.defend
        -> mateo_heating_up
    }
* [Yes. Half an hour. And I'll knock, and wait. #move:validate]
    ~ mateo_last = "validate"
    Yes. Half an hour. And I'll knock, and wait. #speaker:mateo
    Saying yes to a need that isn't his: half an hour a day costs him evenings he pictured, and gives her what she needs to come back. #coach
* [Honestly? That scares me. But yes. #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    Honestly? That scares me. The door, every day. But yes. #speaker:mateo
    Naming the fear and saying yes anyway: he doesn't need her to take the fear away before he can let her go. #coach
- (answers)
{
- flooded("rory"):
    Rory nods. She can't say anything for a moment. #move:rory.withdraw
- received("rory") == "misread":
    ~ mateo_misfired = true
    {mateo_last == "share_vulnerable":So now it's my job to make you not scared.|Knock and wait. You make it sound like a punishment.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- mateo_last == "share_vulnerable":
    I know. It scares me too, a bit. That one day you'll stop knocking. #speaker:rory #move:rory.share_vulnerable
- else:
    Rory laughs, and her whole face changes.
    Knock and wait. I'll hold you to it. #speaker:rory #move:rory.humor
}
-> mateo_the_arroz

=== mateo_the_arroz ===
~ note_mateo_floods()
{
- flooded("mateo") || flooded("rory"):
    -> mateo_last_break
}
{mateo_eating_alone > 0:Her plate has gone cold on the table while they talked. |}The arroz has gone cold in the pan. {mateo_eating_alone > 0:The candle he blew out stands on the table, cold.|The candle has burned down {mateo_twenty_minutes > 0 || mateo_five_minutes > 0:to a stub.|a centimetre.}}
<- mateo_break_offer
* [Let her have her half hour now. Reheat the pan, and don't text. #move:self_soothe]
    ~ mateo_last = "self_soothe"
    Go on. Have your half hour. I'll reheat it for when you come out. #speaker:mateo
    -> mateo_waiting
* [Ask her to come and eat now, and start the hours tomorrow. #move:ask_closeness]
    ~ mateo_last = "ask_closeness"
    Come and eat now? Start the hours tomorrow. It's my mum's. It won't survive another reheat. #speaker:mateo
    A fair ask, and it asks her to give up the first half hour she was promised. Whether she can say no to it is the test of everything just agreed. #coach
    -> mateo_supper
* [Bring two plates into the little room. Ask if you can eat in here with her, quietly. #move:bid]
    ~ mateo_last = "bid"
    Mateo brings two plates down the hall and stops at the door.
    Can I eat in here with you? I'll be quiet. I'll be so quiet. #speaker:mateo
    Alone together: a third thing between a shut door and the whole evening planned. #coach
    -> mateo_two_plates

// ---------------------------------------------------------------------------------------------
// The endings of the soft track
// ---------------------------------------------------------------------------------------------

=== mateo_waiting ===
{
- received("rory") == "misread":
    When I come out. You don't have to time me. #speaker:rory #move:rory.defend
- else:
    Thank you. Save me the crispy bit. #speaker:rory #move:rory.appreciate
}
The door closes. Softly, all the way.
Mateo stands in the hall. Everything in him says: knock, just to check. He goes to the kitchen instead and washes the pan he isn't using. #time:10
{mateo_rang_dani:He texts Dani: next week instead? Dani sends back a thumbs up and a picture of a sad dog.|He texts Dani: still on for 3, bring crisps. Then he reads it again, and adds: might be a quiet one x} #time:10
{
- state_of("mateo") == "calm":
    Somewhere in the washing up, his shoulders come down. #body:mateo.calm
- else:
    He is steadier than he was, if not calm. #body:mateo.stirred
}
Half an hour after it closed, the door opens, as she said it would. #time:5
<- mateo_break_offer
* [Say it: Thank you for coming out when you said. #move:appreciate]
    ~ mateo_last = "appreciate"
    Thank you for coming out when you said. #speaker:mateo
    Appreciating the coming back makes the next door easier for both of them. #coach
* [Was that so hard? #move:criticize]
    ~ mateo_last = "criticize"
    See? Was that so hard? #speaker:mateo
    Meant as a joke; it says she was being tested. The door was honoured, and the sting will need a repair. #coach
* [Don't say anything. Just serve her the crispy bit. #move:bid]
    ~ mateo_last = "bid"
    Mateo serves her the crispy bit without saying anything.
    A small bid, without a demand in it. #coach
- (answers)
{
- flooded("rory"):
    Rory sits down and eats without a word. #move:rory.withdraw
- mateo_last == "criticize" && received("rory") != "let_go":
    It wasn't a test, Mateo. #speaker:rory #move:rory.defend
- mateo_last == "criticize":
    Rory rolls her eyes at him and steals a bit of his crust. #move:rory.humor
- else:
    Rory sits down and puts her foot against his under the table.
    That was the best half hour I've had since the van. And I'm all yours. #speaker:rory #move:rory.appreciate
}
{mateo_rang_dani:Tomorrow will be quiet; Dani and Luis are next Saturday.|Tomorrow Dani and Luis will come at three, and Rory will come out for the second half.} On Sunday they will go to Carmen's, and agree on the bus when to leave{mateo_laid_rule:; the rule about the door will need taking back|}.
{
- mateo_last == "criticize":
    The door was asked for and kept; the last line will need taking back tomorrow. A no that is not a rejection needs both halves: letting her go, and being glad when she comes. #coach
- else:
    A no that is not a rejection: she asked for the door with a time to come out, he let her have it without knocking, and she came out. The door means a door now, not a verdict. #coach
}
The little room's door stays shut for the half hour she asked for, and then it opens. #ending:boundary_honoured
-> END

=== mateo_supper ===
~ temp her_no = false
{
- flooded("rory"):
    Rory comes, and eats, and doesn't say much. #move:rory.withdraw
- received("rory") == "misread":
    ~ her_no = true
    Start the hours tomorrow. There it is. #speaker:rory #move:rory.criticize
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    ~ her_no = true
    Can I have my half hour first? Then I'll eat anything you like. #speaker:rory #move:rory.ask_space=30
- else:
    Rory looks at the book, and at him, and puts the book down.
    Okay. Now. Because I want to, not because of the crust. #speaker:rory #move:rory.turn_toward
}
~ her_no = her_no || flooded("rory")
<- mateo_break_offer
* [{her_no:You're right. Take your half hour. I asked you to give it up, and I shouldn't have.|Check: You're sure? I did just ask you to give up your half hour.} #move:own_part]
    ~ mateo_last = "own_part"
    { her_no:
        You're right. Take your half hour. I asked you to give it up, and I shouldn't have. #speaker:mateo
        Catching himself: her no, heard this time, a minute late. #coach
        -> mateo_waiting
    }
    You're sure? I did just ask you to give up your half hour. #speaker:mateo
    Checking that a yes is a yes: it leaves her a no she can still use. #coach
* [Thank her. Light the candle again. #move:appreciate]
    ~ mateo_last = "appreciate"
    ~ mateo_overrode = her_no
    Mateo lights the candle again.
    Thank you. #speaker:mateo
    { her_no:
        She asked for her half hour first, and he thanked her as if she'd said yes. #coach
    }
* [Tell her: I'm going to get this wrong for a while. Tell me when I do. #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    ~ mateo_overrode = her_no
    I'm going to get this wrong for a while. The knocking. Tell me when I do? Without it being a fight? #speaker:mateo
    Asking to be told, in advance: it makes her no something he has invited, not something she has to win. {her_no:But she has just told him, and the plates are still on the table.} #coach
- (answers)
{
- flooded("rory"):
    Rory nods. #move:rory.withdraw
- mateo_overrode:
    Rory looks at the plates, and at him.
    I said half an hour first, Mateo. You heard me, and {mateo_last == "appreciate":lit a candle|made a speech}. #speaker:rory #move:rory.criticize
    -> mateo_heating_up
- received("rory") == "misread":
    {mateo_last == "share_vulnerable":Without it being a fight. Sure.|Thank you for what? For coming when I'm called?} #speaker:rory #move:rory.defend
- mateo_last == "own_part":
    I'm sure. Ask me again and I'll change my mind. #speaker:rory #move:rory.humor
- mateo_last == "share_vulnerable":
    I will. And you tell me when I go quiet on you. Deal? #speaker:rory #move:rory.turn_toward
- else:
    Rory eats the crispy bit off his plate and grins. #move:rory.humor
}
They finish the pan between them. Later they unpack his last box together and argue about where the colander goes. #time:30
-> mateo_reconnect_or_not

=== mateo_two_plates ===
{
- flooded("rory"):
    Rory looks up at him, and at the plates, and can't answer. #move:rory.withdraw
- received("rory") == "misread":
    So I can't even have the room to myself. #speaker:rory #move:rory.criticize
- else:
    Rory moves her feet off the footstool to make room.
    Quiet. Promise? #speaker:rory #move:rory.humor
}
<- mateo_break_offer
* [Promise. Sit on the floor with your back to the box of coats and eat. #move:turn_toward]
    ~ mateo_last = "turn_toward"
    Mateo sits on the floor with his back to the box of coats and eats, and doesn't say a word, which for him is a feat of engineering.
    Being near without needing anything: for someone who pursues, this is the hardest kind of reaching. #coach
* [Sorry. You're right. I'll leave yours outside the door. #move:own_part]
    ~ mateo_last = "own_part"
    Sorry. You're right. I'll leave yours here and go. #speaker:mateo
    He puts her plate on the little table and goes.
    Hearing the no and leaving gracefully: the door honoured, without a sulk. #coach
    -> mateo_waiting
- (answers)
{
- flooded("rory"):
    Rory eats slowly, her eyes on the book. #move:rory.withdraw
- else:
    Halfway through, she reads him a sentence about a lighthouse keeper who won't come down, and puts her foot on his knee, and goes back to it. #move:rory.bid
}
For half an hour the only sounds are her pages and his fork. #time:30
-> mateo_reconnect_or_not

// Reaching each other needs both of them under the line and the circle open.
=== mateo_reconnect_or_not ===
{
- flooded("mateo") || flooded("rory"):
    -> mateo_last_break
- cycle_stage() == "engage-engage" && mateo_he_told && mateo_she_told && not mateo_overrode:
    She knows now where his knocking comes from, the back room and an eleven-year-old outside it, which explains it without making it all right; he knows that her door is where she goes to come back. #coach
    Neither of them fixed anything tonight. But for once they are on the same side of the door. #ending:reconnected
    -> END
}
It isn't the evening he planned, and it isn't a fight. She asked for the door, he heard it, and there will be more to talk through, slower. #ending:boundary_honoured
-> END

// ---------------------------------------------------------------------------------------------
// The break offer, the misreads
// ---------------------------------------------------------------------------------------------

=== mateo_break_offer ===
+ {flooded("mateo")} [I'm too wound up. I'm going to the kitchen for twenty minutes, and I'll knock when they're up. #move:take_break=20]
    ~ mateo_last = "take_break"
    I'm too wound up to do this well. I'm going to the kitchen for twenty minutes. I'll knock when they're up. Knock, and wait. #speaker:mateo
    Mateo is past the flooding line himself: the words that come now will be the loud ones. A break with a time to come back is the skill, and for someone afraid of being left it is the hardest one: walking away first. #coach
    -> mateo_call_break

// A warm move of his heard as one more push, noted once a path.
=== mateo_misread_note ===
{
- not mateo_taught_misread:
    ~ mateo_taught_misread = true
    That was warm, and it landed as one more push: after a week of being followed from room to room, a kind sentence can land on the bruise (Weiss: sentiment override). It isn't Mateo's failure. Staying warm through a misfire, without pushing harder, is how the sentiment changes. #coach
}
->->

// Mateo hears a kind sentence of Rory's as a door closing: his own sentiment override.
=== mateo_heard_wrong(said, as) ===
Mateo hears "{said}" as {as}, and has to remind himself what she actually said.
{
- state_of("mateo") != "calm":
    His face goes hot before he can stop it. #body:mateo.stirred
}
{
- not mateo_taught_heard:
    ~ mateo_taught_heard = true
    That one was Mateo's misfire, not hers. Eight days of a shut door have him listening for the back room, and a kind sentence can arrive sounding like goodbye (sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The heat
// ---------------------------------------------------------------------------------------------

=== mateo_heating_up ===
~ note_mateo_floods()
For a moment neither of them says anything. The candle gutters in the kitchen.
{
- flooded("rory"):
    Rory has gone very still. When she speaks her voice is flat.
    Please can you just leave me alone for one evening. #speaker:rory #move:rory.withdraw
- stance_of("rory") == "stonewalling":
    Rory says nothing at all. She looks at the wall behind him. #move:rory.stonewall
    -> mateo_behind_the_headphones ->
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    I'm allowed a room, Mateo. I'm allowed one room. #speaker:rory #move:rory.defend
- else:
    Rory looks at him, tired.
    Can we not do this tonight? #speaker:rory #move:rory.dismiss
}
~ note_mateo_floods()
{
- state_of("mateo") == "flooded":
    Mateo's heart is pounding; it is the old feeling, outside the back room, and he is eleven. #body:mateo.flooded
- state_of("mateo") == "escalated":
    Mateo's pulse is going in his throat. #body:mateo.hot
- state_of("mateo") == "activated":
    Something in Mateo's stomach drops. #body:mateo.stirred
}
He can feel the evening tipping, and which way he wants to push it.
+ [I cook, I unpack your books, I plan the whole weekend, and you shut a door in my face! #move:blame]
    ~ mateo_last = "blame"
    ~ mateo_pressure += 1
    I cook, I unpack your books, I plan the whole weekend, and you shut a door in my face! #speaker:mateo
    Everything he did was meant as love, and listed like this it becomes a bill. Blame turns a door into a verdict on who she is. #coach
    -> mateo_the_flood
+ [Wait. I keep coming after you and you keep pulling away, and it's getting worse. Can I start again? #move:repair]
    ~ mateo_last = "repair"
    ~ mateo_pressure = 0
    Wait. I keep coming after you, and you keep pulling away, and the more I come the more you go. Can I start again? #speaker:mateo
    A repair that names the cycle: the problem becomes the dance, not her door and not his knocking. #coach
    -> mateo_repair_answer
+ [I'm getting worked up. Twenty minutes in the kitchen, then I'll knock, and wait. #move:take_break=20]
    ~ mateo_last = "take_break"
    I'm getting worked up. I'm going to the kitchen for twenty minutes. Then I'll knock. And wait. #speaker:mateo
    {flooded("mateo") || flooded("rory"):Someone is already over the flooding line, so this is the break the evening needs, with a time to come back.|A break called before anyone is over the line, with a time to come back. For the one who pursues, choosing to walk away first is the whole skill.} #coach
    -> mateo_call_break
+ [Fine. Have your room. #move:withdraw]
    ~ mateo_last = "withdraw"
    Fine. Have your room. Have the whole flat. #speaker:mateo
    -> mateo_roles_flip

=== mateo_repair_answer ===
{
- flooded("rory"):
    Rory nods once, without looking at him. It isn't clear it got through. #move:rory.withdraw
- received("rory") == "misread":
    ~ mateo_misfired = true
    Start again so you can ask nicer? #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- state_of("rory") == "escalated":
    She lets out a long breath.
    Yeah. Okay. #speaker:rory #move:rory.turn_toward
- else:
    Rory almost smiles.
    Please. #speaker:rory #move:rory.turn_toward
}
{
- flooded("rory"):
    -> mateo_the_flood
- mateo_the_back_room == 0:
    -> mateo_the_back_room
- mateo_the_ask == 0:
    -> mateo_the_ask
}
-> mateo_her_ask

=== mateo_the_flood ===
~ note_mateo_floods()
{ mateo_last == "share_vulnerable" || mateo_last == "validate" || mateo_last == "turn_toward" || mateo_last == "humor" || mateo_last == "ask_closeness" || mateo_last == "own_part":
    Whatever he meant, it lands on her like one more knock. Something in her face shuts.
}
{ mateo_last == "repair" || mateo_last == "blame":
    {mateo_last == "repair":He takes a step into the little room to say it again, closer, and it is the wrong step.|He is in the doorway of the little room now, and he hasn't moved out of it.}
}
{
- flooded("rory") && mateo_told_out:
    Rory is on her feet again. Her voice is shaking.
    I've asked you once. I'm asking again. Go. #speaker:rory #move:rory.demand
- flooded("rory"):
    ~ mateo_told_out = true
    Rory stands up out of the green chair. Her voice is shaking.
    Get out of my room, Mateo. Now. #speaker:rory #move:rory.demand
    Her foot, put down, and in anger. It is the thing the comment says she has had to do to get any breathing room at all. #coach
- state_of("rory") == "escalated" || stance_of("rory") == "defending":
    I need you to leave me alone. I mean it. #speaker:rory #move:rory.demand
- else:
    Rory puts the headphones on. #move:rory.stonewall
    -> mateo_behind_the_headphones ->
}
~ note_mateo_floods()
{
- state_of("mateo") == "flooded":
    Mateo's heart is hammering. The door is right there, and so is she, and every answer he has is the loud one. #body:mateo.flooded
- state_of("mateo") == "escalated":
    Heat climbs Mateo's neck. #body:mateo.hot
}
{
- flooded("rory") && not mateo_taught_flood:
    ~ mateo_taught_flood = true
    That is Rory over the flooding line: past about 100 beats a minute the body stops taking words in and wants out (Gottman). The door, now, is not a verdict on him; it is a body asking to stop. #coach
}
+ [Stay in the doorway: I'm not going anywhere. We're doing this now. #move:demand]
    ~ mateo_last = "demand"
    I'm not going anywhere. We live here. We're doing this now. #speaker:mateo
    Refusing to leave a doorway she has asked you out of isn't the dance any more; it's blocking, and it's yours to stop. However frightened he is of the shut door, the way out of her room is hers. #coach
    -> mateo_not_going
+ [Fine. Five minutes. #move:take_break=5]
    ~ mateo_last = "take_break"
    Fine. Five minutes. #speaker:mateo
    -> mateo_five_minutes
+ [Okay. I'm going. Twenty minutes, and then I'll knock. Knock, not open. #move:take_break=20]
    ~ mateo_last = "take_break"
    Okay. I'm going. Twenty minutes. Then I'll knock. Knock, not open. #speaker:mateo
    -> mateo_call_break
+ [Grab your keys and go to Dani's. #move:withdraw]
    ~ mateo_last = "withdraw"
    Mateo takes his keys from the bowl and doesn't take his coat.
    -> mateo_to_danis

=== mateo_not_going ===
~ note_mateo_floods()
{
- not mateo_flood_seen:
    Rory looks at him for a long moment. Then she closes the laptop, picks up her book and goes into the bathroom, the only door with a lock, and locks it. #move:rory.withdraw
    The bathroom lock, again, after all these years: for Rory it is Tern Street. Nobody is over the line, so nobody slams anything. It is worse than a slam. #coach
    -> mateo_roles_flip
}
{
- flooded("rory"):
    Rory pushes past him into the hall and grabs her coat from the WINTER box. #move:rory.withdraw
- else:
    Then I'm going. #speaker:rory #move:rory.withdraw
}
The front door slams so hard the boxes shift. From the window he watches her go down Mill Lane towards the canal, fast, her phone in her hand.
-> mateo_after_the_door

=== mateo_to_danis ===
~ note_mateo_floods()
{
- flooded("rory"):
    Rory doesn't come after him. She doesn't call. #move:rory.withdraw
- else:
    Mateo? Where are you going? #speaker:rory #move:rory.bid
}
He is on the stairs. The launderette's warm air comes up through the floor.
<- mateo_break_offer
* [Keep going. Don't answer. #move:withdraw]
    ~ mateo_last = "withdraw"
    He keeps going. He walks to Dani's in his shirt sleeves.
    Leaving when flooded isn't the mistake; leaving with no time to come back is. It is the back room with the roles swapped: now he is the door. #coach
    -> mateo_after_the_door
* [Text her from the stairs: Going to Dani's. Back in an hour. I'm coming back. #move:take_break=45]
    ~ mateo_last = "take_break"
    Going to Dani's. Back in an hour. I'm coming back. #speaker:mateo
    The same exit, turned into a break by one line. He knows better than anyone what a door with no time on it does. #coach
    ~ mateo_break_from = "dani"
    -> mateo_twenty_minutes

=== mateo_after_the_door ===
~ note_mateo_floods()
{
- not mateo_flood_seen:
    -> mateo_roles_flip
}
{
- mateo_to_danis > 0:
    Dani opens the door, looks at his face, and gets two beers out without asking. #time:15
- else:
    Mateo is alone in the flat with the boxes and the cold pan. His phone is in his hand. #time:5
}
+ {flooded("mateo")} [Put the phone face down and give yourself twenty minutes before doing anything. #move:take_break=20]
    ~ mateo_last = "take_break"
    He puts the phone face down and sits on the floor and breathes, four in, six out, until twenty minutes have gone by. #time:20
    {
    - state_of("mateo") == "calm":
        By the end of it his hands are steady. #body:mateo.calm
    - else:
        By the end of it he is steadier, if not calm. #body:mateo.stirred
    }
    A break of his own. It can't undo the door, but the next thing he sends won't come from the flood. #coach
* [Text her: Fine. Have your flat. #move:blame]
    ~ mateo_last = "blame"
    Fine. Have your flat. #speaker:mateo
    {
    - flooded("rory"):
        The message shows as read. No reply. #move:rory.stonewall
    - else:
        Ok. #speaker:rory #move:rory.withdraw
    }
    A message sent in anger keeps the fight going after the room is empty. #coach
* [Text her: I'm sorry. I pushed. Take the time you need. I'll be here. #move:repair]
    ~ mateo_last = "repair"
    I'm sorry. I pushed. Take the time you need. I'll be here. #speaker:mateo
    {
    - flooded("rory"):
        The message shows as read. No reply. #move:rory.withdraw
    - received("rory") == "misread":
        You'll be here. I know. #speaker:rory #move:rory.defend
    - else:
        Thank you. Back at 10. #speaker:rory #move:rory.ask_space=60
    }
    A repair after the fact. It can't undo the slam, and it leaves the door open. #coach
* [Text nobody. Wash the pan. #move:self_soothe]
    ~ mateo_last = "self_soothe"
    He washes the pan, the big one from his mother's, slowly.
    {
    - state_of("mateo") == "calm":
        After a while his hands are steady again. #body:mateo.calm
    - else:
        His hands are still not quite steady. #body:mateo.stirred
    }
    Self-soothing instead of chasing the fight by text. #coach
- (ending)
{
- mateo_last == "blame":
    She comes back after midnight and sleeps in the little room with the door shut. In the morning he rings Dani and says don't come. #time:120
- mateo_last == "repair":
    She comes back at ten and stands in the hall with her coat on. Neither of them knows how to start, so neither of them does. #time:120
- else:
    Late, a key in the lock. The little room's door closes. He doesn't knock. #time:120
}
He wanted an evening together and pushed until she put her foot down, and then somebody left with no time to come back. What she heard was the smothering; what he heard was the back room. #coach
Two doors are shut in the flat on Mill Lane tonight. #ending:walked_out
-> END

=== mateo_five_minutes ===
Mateo stands in the kitchen and watches the clock on the oven.
Five minutes. Then he goes back and knocks. #time:5
{
- flooded("rory"):
    Not yet. Please. #speaker:rory #move:rory.withdraw
- stance_of("rory") == "stonewalling":
    Rory doesn't answer. #move:rory.stonewall
- else:
    What, Mateo. #speaker:rory #move:rory.defend
}
{
- state_of("mateo") == "flooded":
    And it is all back at once. His heart is slamming. #body:mateo.flooded
}
{
- not mateo_taught_twenty:
    ~ mateo_taught_twenty = true
    Five minutes rarely bring a flooded body back down; it takes about twenty (Gottman), and the knock at five starts it over. #coach
}
+ [Sorry. Too soon. Twenty minutes, properly. I'll knock when they're up. #move:take_break=20]
    ~ mateo_last = "take_break"
    Sorry. Too soon. Twenty minutes, properly. I'll knock when they're up. #speaker:mateo
    -> mateo_last_break
* [Open the door. We need to talk about this. #move:demand]
    ~ mateo_last = "demand"
    Mateo opens the door.
    We need to talk about this. #speaker:mateo
    -> mateo_the_flood
* [Forget it. Go and watch the match. #move:withdraw]
    ~ mateo_last = "withdraw"
    -> mateo_roles_flip

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== mateo_call_break ===
{
- mateo_twenty_minutes == 0:
    {mateo_break_from == "":
        ~ mateo_break_from = "kitchen"
    }
    -> mateo_twenty_minutes
}
-> mateo_last_break

=== mateo_twenty_minutes ===
// The break has started. Rory's answer is said now, during it, in the state she is in.
{
- mateo_break_from == "dani":
    {
    - flooded("rory"):
        ~ mateo_flood_seen = true
        Ok. #speaker:rory #move:rory.take_break
    - else:
        Ok. Thank you for saying. #speaker:rory #move:rory.take_break
    }
    Dani lets him in and asks nothing.
- flooded("rory"):
    Rory nods. She doesn't look at him. #move:rory.take_break
- else:
    Twenty minutes. Okay. #speaker:rory #move:rory.take_break
}
{
- not mateo_taught_twenty:
    ~ mateo_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. A break has a time to come back, and no punishment in it. #coach
}
{mateo_break_from == "dani":Dani puts the match on with the sound down.|Mateo runs the hot tap and starts on the pan.} #time:6
Then the old alarm: she's in there deciding it's over; go and knock, make it right, before it sets. #time:2
+ {flooded("mateo")} [Let the alarm ring itself out. Give it the full twenty. #move:take_break=20]
    -> held
* {not flooded("mateo")} [Let the alarm ring itself out. Give it the full twenty. #move:self_soothe]
    -> held
* {mateo_break_from != "dani"} [Make her a tea and knock: I'll just leave it outside. #move:bid]
    ~ mateo_cut_short = "knock"
    ~ mateo_last = "bid"
    Mateo makes her a tea, the way she likes it, and knocks.
    I made you a tea. I'll just leave it outside. #speaker:mateo
    -> cut_short
* [Text her: Are we ok? #move:bid]
    ~ mateo_cut_short = "text"
    ~ mateo_last = "bid"
    Are we ok? #speaker:mateo
    -> cut_short

= held
An alarm isn't an instruction. He lets it say its piece without doing what it says.
{mateo_break_from == "dani":Dani tells him about his sister's wedding, at length. Mateo lets him.|He dries every plate and puts every one of them away, in a kitchen where he still doesn't know where anything goes.} #time:7
{
- state_of("mateo") == "calm":
    Somewhere in there his shoulders come down. #body:mateo.calm
- else:
    He is steadier than he was, if not calm yet. #body:mateo.stirred
}
{mateo_break_from == "dani":When the hour is nearly up he walks home.|When the twenty minutes are up he knocks, and waits.} #time:6
-> mateo_the_return

= cut_short
// The knock or the text ends the break: a body still cooling floods again.
{
- flooded("rory"):
    ~ mateo_flood_seen = true
    {mateo_cut_short == "knock":Through the door, her voice, tight.|The message shows as read. Then a reply.}
    Mateo. Please. Twenty minutes. #speaker:rory #move:rory.ask_space=15
- received("rory") == "misread":
    {mateo_cut_short == "knock":Her voice, through the door.|The message shows as read. Then a reply.}
    You said twenty minutes. #speaker:rory #move:rory.defend
- else:
    {mateo_cut_short == "knock":Her voice, through the door.|The message shows as read. Then a reply.}
    {mateo_cut_short == "knock":Thank you. I'm okay. Twenty minutes, like you said.|Thank you. I'm ok. Twenty minutes.} #speaker:rory #move:rory.turn_toward
}
{
- flooded("rory"):
    {mateo_cut_short == "knock":Knocking into a break, even with tea,|A text into a break, however small,} is talk inside the twenty minutes, and for a body still cooling it starts the clock again. From his side, eight minutes of a shut door felt like the back room; from hers, the {mateo_cut_short == "knock":knock|buzz of the phone} felt like being followed. Neither is wrong about how it felt. #coach
- else:
    She was steady enough to take it this time. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
+ [Okay. Sorry. Twenty minutes, properly. I won't knock again. #move:take_break=20]
    ~ mateo_last = "take_break"
    Okay. Sorry. Twenty minutes, properly. I won't knock again. #speaker:mateo
    -> mateo_last_break
* [Open the door: We need to talk now. #move:demand]
    ~ mateo_last = "demand"
    {mateo_break_from == "dani":He leaves Dani's and walks home fast, and opens the door of the little room.|He opens the door.}
    We need to talk now. I can't wait in there. #speaker:mateo
    -> mateo_the_flood

=== mateo_the_return ===
~ note_mateo_floods()
{
- mateo_break_from == "dani":
    An hour after he left, he lets himself in. The hall light is on. The door of the little room is open.
- else:
    Come in, she says.
}
{
- flooded("rory"):
    I'm here. I don't know if I can talk yet. #speaker:rory #move:rory.withdraw
- state_of("rory") == "escalated" || state_of("rory") == "activated":
    Rory sits with her arms round her knees in the green chair.
    Okay. #speaker:rory #move:rory.defend
- else:
    Rory is in the green chair with the book closed on her knee.
    I'm sorry I shut it like that. I do want the room. I want you too. #speaker:rory #move:rory.repair
    {
    - received("mateo") == "misread":
        -> mateo_heard_wrong("I do want the room", "the room over you") ->
    }
}
<- mateo_break_offer
* [I'm sorry I kept coming in. I heard the door shut and something in me went: here we go. #move:own_part]
    ~ mateo_last = "own_part"
    ~ mateo_pressure = 0
    I'm sorry I kept coming in. I heard the door shut and something in me went: here we go. #speaker:mateo
    Coming back softer than he left: that is what lets the break pay off. #coach
    -> mateo_after_break
* [Can I sit in here with you for a bit? No talking. #move:ask_closeness]
    ~ mateo_last = "ask_closeness"
    ~ mateo_pressure = 0
    Can I sit in here with you for a bit? No talking. #speaker:mateo
    Asking for closeness without asking for an answer yet. #coach
    -> mateo_after_break
* [So are we going to talk about the door, or are you going back in? #move:criticize]
    ~ mateo_last = "criticize"
    So. Are we going to talk about the door, or are you going back in there? #speaker:mateo
    Coming back with the same charge restarts the cycle. A break only works if both people come back softer than they left. #coach
    {
    - flooded("rory") || state_of("rory") == "escalated":
        Rory looks at the floor. #move:rory.withdraw
    - else:
        Rory's face closes.
        I was going to say sorry. #speaker:rory #move:rory.withdraw
    }
    -> mateo_heating_up

=== mateo_after_break ===
{
- flooded("rory"):
    Rory doesn't answer, but she doesn't close the door either.
    Give me a minute. #speaker:rory #move:rory.ask_space=5
- received("rory") == "misread":
    Rory's shoulders go up again.
    {mateo_last == "own_part":Here we go. Like I'm the weather.|In here. In my room. Right.} #speaker:rory #move:rory.defend
    -> mateo_misread_note ->
- state_of("rory") == "escalated" || state_of("rory") == "activated":
    She nods slowly.
    Okay. #speaker:rory #move:rory.turn_toward
- else:
    Rory moves the book so he can sit on the footstool.
    {mateo_last == "own_part":Here we go. Yeah. I know that feeling.|No talking. I can do no talking.} #speaker:rory #move:rory.validate
}
<- mateo_break_offer
* [Thank you for the twenty minutes. Let's eat, and do the weekend tomorrow over coffee. #move:appreciate]
    ~ mateo_last = "appreciate"
    Thank you for the twenty minutes. Let's eat, and do the weekend tomorrow, over coffee. #speaker:mateo
    Resuming when both are calm, with a time set. Not everything has to be settled tonight. #coach
    -> mateo_break_ending
* [Can I say what I'd like? Friday nights, just us. And a time, when the door's shut. #move:ask_closeness]
    ~ mateo_last = "ask_closeness"
    ~ mateo_he_asked = true
    Can I say what I'd like? Friday nights, just us. And when the door's shut, a time. Then I won't keep checking. #speaker:mateo
    Asking directly, once both are calm enough to hear it. #coach
    {
    - flooded("rory"):
        Rory nods, but she is a long way off. #move:rory.withdraw
        -> mateo_break_ending
    - received("rory") == "misread":
        A time. Like a curfew. #speaker:rory #move:rory.defend
        -> mateo_misread_note ->
        -> mateo_break_ending
    - state_of("rory") == "escalated":
        Okay. Yes. #speaker:rory #move:rory.turn_toward
        -> mateo_break_ending
    - else:
        Yes. Fridays. And a time, always. #speaker:rory #move:rory.turn_toward
    }
    -> mateo_her_ask

=== mateo_break_ending ===
{
- flooded("rory"):
    They eat without saying much. It isn't a cold silence; it's two people resting. #time:30
- else:
    They eat the arroz, reheated twice and somehow still good. She steals the crispy bit. #time:30
}
Tomorrow, over coffee, they will do the weekend properly. He walked away when he needed to, came back when he said, and the evening didn't get the last word. #ending:break_and_return
-> END

// A second break, when one is needed again: no reaching into it this time.
=== mateo_last_break ===
{
- flooded("rory"):
    Rory doesn't answer. Through the door, nothing. #move:rory.take_break
- else:
    Okay. Yeah. Let's stop. #speaker:rory #move:rory.take_break
}
{
- not mateo_taught_twenty:
    ~ mateo_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{mateo_twenty_minutes > 0 || mateo_five_minutes > 0:This time he doesn't knock. }Mateo sits on the kitchen step {mateo_cut_short == "knock":with the tea he made her going cold beside him|with a glass of water he doesn't drink}. #time:12
He texts his sister Lucía a picture of the boxes and nothing else. She sends back a row of kisses. #time:10
{
- state_of("mateo") == "calm":
    When he gets up his hands are steady. #body:mateo.calm
- else:
    When he gets up he is steadier, if not calm. #body:mateo.stirred
}
When the twenty minutes are up he knocks, and waits. The door opens. #time:3
<- mateo_break_offer
* [Don't say anything about the door yet. Ask if she's hungry. #move:bid]
    ~ mateo_last = "bid"
    Hungry? #speaker:mateo
    {
    - flooded("rory"):
        Rory shakes her head, and then nods. #move:rory.withdraw
    - else:
        Starving. #speaker:rory #move:rory.turn_toward
    }
* [Tomorrow, over coffee, can we talk about the door? Properly. #move:soft_startup]
    ~ mateo_last = "soft_startup"
    Tomorrow, over coffee, can we talk about the door? Properly. Not tonight. #speaker:mateo
    {
    - flooded("rory"):
        Rory nods. #move:rory.withdraw
    - received("rory") == "misread":
        Properly. Okay. #speaker:rory #move:rory.defend
    - else:
        Tomorrow. Yes. #speaker:rory #move:rory.turn_toward
    }
    Resuming with a time set: stopping is safe because they both know when it starts again. #coach
* [Thank her for opening the door. #move:appreciate]
    ~ mateo_last = "appreciate"
    Thank you for opening it. #speaker:mateo
    {
    - flooded("rory"):
        Rory nods, not trusting her voice. #move:rory.withdraw
    - else:
        Rory almost laughs.
        Thank you for knocking. #speaker:rory #move:rory.humor
    }
- (settled)
{mateo_twenty_minutes > 0 || mateo_five_minutes > 0:The evening needed the break twice; the second time, he let it be one.|They stopped before the evening could say anything worse, and they will come back to it calmer.} #ending:break_and_return
-> END

// ---------------------------------------------------------------------------------------------
// The flip
// ---------------------------------------------------------------------------------------------

=== mateo_roles_flip ===
~ note_mateo_floods()
{mateo_eating_alone > 0:Mateo scrapes the rest of the pan into a box for tomorrow|Mateo eats his arroz at the counter, cold,} and takes his laptop to the bedroom, and shuts the door. He puts the match highlights on, loud.
He is not going to knock again. Let her see what it's like. #time:20
{
- flooded("rory") || stance_of("rory") == "stonewalling":
    Down the hall the little room's door stays shut. #move:rory.withdraw
- else:
    Rory appears in the bedroom doorway with a plate of the arroz, reheated.
    Is there any of the crispy bit left? #speaker:rory #move:rory.bid
}
<- mateo_break_offer
* [It's all in the pan. #move:dismiss]
    ~ mateo_last = "dismiss"
    It's all in the pan. #speaker:mateo
    A bid from her, turned away: it stings her the way the door stung him, which is exactly the point, and exactly the trouble. #coach
* [Come and watch the highlights? #move:bid]
    ~ mateo_last = "bid"
    Come and watch the highlights? #speaker:mateo
* [Say nothing. Keep watching. #move:stonewall]
    ~ mateo_last = "stonewall"
    Mateo keeps his eyes on the screen.
- (first)
{
- mateo_last == "bid" && not flooded("rory") && received("rory") != "misread":
    Rory shakes her head, almost smiling.
    In a bit. #speaker:rory #move:rory.dismiss
- not flooded("rory") && stance_of("rory") != "stonewalling":
    Rory stands there a second longer, and goes. #move:rory.withdraw
}
Half an hour goes by. #time:30
{
- not mateo_taught_roles:
    ~ mateo_taught_roles = true
    Watch what happens when Mateo stops reaching: the one who wanted distance may start to want contact. Roles follow the issue and the moment, not the person, and not gender (Christensen & Heavey; Holley, Sturm & Levenson 2010). #coach
}
{
- flooded("rory") || stance_of("rory") == "stonewalling":
    Much later he hears the little room's door open, and close again. #move:rory.withdraw
- else:
    A knock on the bedroom door. It waits.
    Mateo? Can I come in? #speaker:rory #move:rory.bid
}
<- mateo_break_offer
* [I'm fine. Have your evening. #move:withdraw]
    ~ mateo_last = "withdraw"
    I'm fine. Have your evening. #speaker:mateo
    Going cold looks like giving her what she asked for. It is a protest with the sound off, and it turns the circle round. #coach
* [Open the door. Let her in. #move:turn_toward]
    ~ mateo_last = "turn_toward"
    Mateo gets up and opens the door.
* [Say it through the door: I'm trying to give you space. It's harder than it looks. #move:share_vulnerable]
    ~ mateo_last = "share_vulnerable"
    I'm trying to give you space. It's harder than it looks. #speaker:mateo
    Saying the hard part without making it her job to fix it. #coach
- (answers)
{
- flooded("rory"):
    Rory doesn't answer. #move:rory.withdraw
- mateo_last == "withdraw" && stance_of("rory") != "stonewalling":
    Okay. I'm… okay. #speaker:rory #move:rory.bid
- mateo_last == "withdraw":
    Footsteps going away. #move:rory.withdraw
- received("rory") == "misread":
    Right. Now I'm the one being difficult. #speaker:rory #move:rory.defend
- else:
    Rory sits on the end of the bed.
    I don't like this side of a door much. I think I get it now. #speaker:rory #move:rory.repair
}
<- mateo_break_offer
* [Move your feet to make room. #move:turn_toward]
    ~ mateo_last = "turn_toward"
    Mateo moves his feet to make room.
* [Turn the highlights up. #move:stonewall]
    ~ mateo_last = "stonewall"
    Mateo turns the highlights up.
    Now Mateo is the one behind the wall, and it costs him as it cost her: impassive outside, churning inside. #coach
- (ending)
{
- mateo_last == "turn_toward":
    Something in him is still sore. But she knocked, and he made room, and neither of them has been on this side of it before.
- else:
    Later he hears her in the hall, outside the bedroom door, not knocking. Then the little room, and the lamp going off.
}
The one who pursues and the one who withdraws can swap chairs in an evening: Mateo stopped, and Rory was the one at a shut door, wanting in. Both of them know now what the other side feels like. #coach
{ mateo_last == "turn_toward":
    For the first time since the van, he was the one behind a shut door, and she was the one who knocked. #ending:roles_flip
  - else:
    For the first time since the van, he is the one behind a shut door. #ending:roles_flip
}
-> END
