// As Dale — the player is Dale (the pursuer now); Teri is simulated by the model.
// Adapted from Teri's reply to comment 4 in 002_612bd878bc8560af.txt: she pursued first, while
// he was "controlling, stubborn and insensitive"; she changed, checked out, moved into her own
// place; now he pursues her back with "guilt, bribes, the 'I do everything for you so I deserve
// more' type deal", and thinks she is using him. This mode is his inside: he finally sees what he
// lost, and he does not know any way to ask except to keep score.
//
// Shape of the mode:
//   the opening        dale_start -> dale_doorstep (the bike) -> dale_the_stairs -> dale_the_flat
//                      -> dale_the_kitchen (her "you can't keep doing this")
//   the soft track     dale_where_she_stands -> dale_someone_else -> dale_the_future -> dale_terms
//                      -> dale_end_not_yet (#ending:not_yet) | dale_end_plainly (#ending:said_plainly)
//                      | dale_end_cold (#ending:deadlock: he goes cold, the dance turns again)
//   the guilt track    dale_guilt (his mother's sixtieth) -> dale_leans -> dale_end_therapist
//                      (#ending:his_therapist), or he stops himself and goes on to dale_terms
//   the pressing track dale_called_out -> dale_bad_guy -> dale_five_minutes / dale_at_the_door
//                      -> dale_after_the_door                                  (#ending:walked_out)
//   the break          dale_call_break -> dale_twenty_minutes (her answer is said during the break;
//                      the twenty minutes told through #time, or cut short by a text or an early
//                      ring at her door, which floods her again) -> dale_the_return
//                      -> dale_after_the_break -> dale_break_ending (#ending:break_and_return),
//                      or on to dale_where_she_stands; dale_last_break (#ending:break_and_return)
//                      when a break is needed again, or taken on the stairs.
//
// Which track the story takes follows Dale's choices (dale_pressure), so every ending can be
// reached by choices alone. What Teri says follows the model: flooded / state_of / stance_of, and
// received("teri") — how she heard his last move (with trust worn thin, a gift or a soft opening
// can sound like one more bribe). Whenever Dale himself is flooded, a break is on offer (the
// thread dale_break_offer, or the knot's own break choice).
// A line's #time passes before the line; its conditions are read before that, so a line that
// narrates a body (#body) never carries #time.

VAR dale_opening = ""      // soft | bike | score | tickets: how he opened on the doorstep
VAR dale_pressure = 0      // +1 for each pressing move, -1 for each move that calms; 2+ = pressing track
VAR dale_last = ""         // Dale's last move, so Teri answers what he actually did
VAR dale_misfired = false  // his warm opening was heard as a bribe (sentiment override)
VAR dale_carried = false   // he carried the bike upstairs after she said leave it
VAR dale_told_fear = false // he has said plainly that he is scared she has gone
VAR dale_knows = false     // she has told him about Owen
VAR dale_asked_owen = false // he asked "is there someone else?" before she told him
VAR dale_future_said = false // she has said she is 32 and may want a family one day
VAR dale_booked = false    // he has booked a counsellor for himself
VAR dale_baby = false      // he offered a baby as a bargain
VAR dale_mum = false       // he brought up his mother's sixtieth
VAR dale_who_left = ""     // the first break: dale (he walks to the canal) | stairs (he left with a time)
VAR dale_cut_short = ""    // how the first break was cut short: text | bell
VAR dale_door = ""         // how he left: blame | silent | break
VAR dale_tickets = ""      // given | kept | torn: what became of the two tickets
VAR dale_teri_froze = false // Teri went to the window or over the flooding line on this path
VAR dale_taught_twenty = false  // each coaching point once a path, where it first matters
VAR dale_taught_score = false
VAR dale_taught_misread = false
VAR dale_taught_flood = false
VAR dale_taught_switch = false
VAR dale_taught_heard = false

=== dale_start ===
Saturday, the first week of October, a little after eleven. Dale parks the van outside the launderette on Hollis Road, two doors down from Teri's flat.
In the back, wrapped in a dust sheet, is her green bike. It has been in the shed at Birch Lane since she moved out in February. He took it to Rafferty's on Tuesday: new chain, new tyres, and the brakes that squealed on every hill for three years.
In his jacket are two tickets for the Wilder Hours at the Harbour Room on the nineteenth. The band from their second date.
Eight months. Dinner on Wednesdays. "Working on things," she calls it, and she has said it plainly: she will not be back with him until she knows, all the way, that it will work. He has never asked what knowing would look like. He is afraid of the answer.
He knows the words now, because she has used them: controlling, stubborn. For six years she asked for his time and he gave her the silent treatment and a new kitchen. Now he is the one who texts first, and she is the one who answers the next day.
He rehearsed this in the van. Then he rings the bell.
-> dale_doorstep

=== dale_doorstep ===
Teri opens the door in an old jumper with soil on the cuffs. Behind her the stairs smell of compost and coffee. She looks at the shape under the dust sheet, then at him.
* [Surprise. I fixed your bike. New brakes and everything. You can take it on the river path now. #move:bid]
    ~ dale_opening = "bike"
    ~ dale_last = "bid"
    He pulls the dust sheet off with a flourish.
    Surprise. I fixed your bike. New brakes and everything. You can take it on the river path now. #speaker:dale
    A bid, wrapped in a present. Whether a gift is a bid or a bribe depends on what it asks for in return, and she will be listening for that. #coach
* [And I've got us two tickets for the Wilder Hours. The nineteenth. Like our second date. #move:ask_closeness]
    ~ dale_opening = "tickets"
    ~ dale_last = "ask_closeness"
    He pulls the dust sheet off the bike, and then the tickets out of his jacket.
    Your bike, fixed. And I got us two tickets for the Wilder Hours, on the nineteenth. Like our second date. #speaker:dale
    Asking directly for closeness, and it is a lot at once: a present and a date on the doorstep, before she has said hello. It is hard to say no to; that is the trouble with it. #coach
* [I know, I should have texted. I've missed you this week, and I'd like ten minutes, if you've got them. #move:soft_startup]
    ~ dale_opening = "soft"
    ~ dale_last = "soft_startup"
    I know, I should have texted. I've missed you this week, and I'd like ten minutes, if you've got them. The bike's half an excuse. #speaker:dale
    A soft start-up: a feeling of his, and a small request she can say no to. It leaves the door hers to open. #coach
* [He sees her face fall at the bike. I spent my whole Saturday on this. You could look a bit pleased. #move:criticize]
    ~ dale_opening = "score"
    ~ dale_last = "criticize"
    ~ dale_pressure += 1
    He sees her face fall at the sight of the bike, and it stings before he can stop it.
    I spent my whole Saturday on this. You could look a bit pleased. #speaker:dale
    A complaint with a price on it: the gift becomes something she owes him for. Keeping score is pursuit, not connection. #coach
- (teri_answers)
{
- received("teri") == "misread":
    ~ dale_misfired = true
    ~ dale_taught_misread = true
    Teri's face closes a little before he has finished.
    {
    - dale_opening == "soft":
        Half an excuse. And the other half? What is it this time, Dale? #speaker:teri #move:teri.defend
    - dale_opening == "tickets":
        Our second date. You've been planning this. I can't say no on the doorstep, can I? That's the idea. #speaker:teri #move:teri.defend
    - else:
        New brakes. And what do the new brakes cost me? #speaker:teri #move:teri.defend
    }
    He meant it, and it landed on eight months of presents she never asked for. When goodwill is worn thin, a warm move can be heard as the old pressure (Weiss: sentiment override). What he does next counts for more than the words. #coach
- dale_opening == "score":
    I didn't ask you to spend your Saturday on it. I said I'd collect it when I was ready. #speaker:teri #move:teri.defend
- dale_opening == "soft":
    She looks at him for a moment, the way she does now: as if she is checking something.
    Ten minutes. Okay. I'm repotting, so you'll have to talk to the back of my head. #speaker:teri #move:teri.turn_toward
- dale_opening == "tickets":
    She nearly smiles, and doesn't.
    Oh, Dale. The Wilder Hours. I can't take those. #speaker:teri #move:teri.ask_space
- else:
    She puts her hand on the bell and rings it, once. It doesn't rattle any more.
    Oh. You did the brakes. That's kind. You shouldn't have, though. I mean that. #speaker:teri #move:teri.appreciate
}
-> dale_the_stairs

=== dale_the_stairs ===
{
- dale_misfired || dale_opening == "score":
    She holds the door half open, the way you hold it for a delivery.
- else:
    She steps back to let him in.
}
Leave it down here by the meters. There's no room upstairs. #speaker:teri #move:teri.ask_space
{
- received("dale") == "misread":
    Dale hears "no room" and something in him says: no room for you.
    {
    - state_of("dale") != "calm":
        His face goes hot. #body:dale.stirred
    }
}
<- dale_break_offer
* [Should I have gift-wrapped it? #move:humor]
    ~ dale_last = "humor"
    He locks it to the pipe by the meters.
    Should I have gift-wrapped it? I nearly did. Rafferty's had ribbon. #speaker:dale
    A joke at his own expense can lower the temperature; it can also hide what he came for. #coach
* [It'll get nicked down here. I'll carry it up, it's no trouble. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    ~ dale_carried = true
    It'll get nicked down here. I'll carry it up, it's no trouble. #speaker:dale
    He is on the second stair with it before she can answer.
    Helping over her no. It feels like care from inside, and it is the old shape from outside: he decides, and she manages round it. #coach
* [He locks it to the meter pipe, the way she asks. #move:turn_toward]
    ~ dale_last = "turn_toward"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    He locks the bike to the pipe by the meters and gives her the key.
    Down here, then. It's your bike. #speaker:dale
    Doing it her way, in her doorway. A small thing; it is also the opposite of the house on Birch Lane, where he decided where everything went. #coach
* {dale_misfired || dale_opening == "score"} [I'm not here to start anything. I can leave it and go, if you'd rather. #move:repair]
    ~ dale_last = "repair"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    I'm not here to start anything. I can leave it and go, if you'd rather. #speaker:dale
    A repair attempt that doesn't argue with how she heard him: it offers her the choice he so often took. #coach
- (teri_answers)
{
- flooded("teri"):
    ~ dale_teri_froze = true
    Teri turns and goes up the stairs without a word. #move:teri.withdraw
- received("teri") == "misread":
    {dale_last == "humor":Funny. Come up, then. Ten minutes.|Right. Come up, then. Ten minutes.} #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "demand":
    Teri watches him go up with it.
    Dale. I said down here. #speaker:teri #move:teri.defend
- state_of("teri") == "activated" || state_of("teri") == "escalated":
    Ten minutes. I mean it, I've got Nina coming at one. #speaker:teri #move:teri.ask_space=10
- dale_last == "humor":
    She laughs, despite herself.
    Come up. I'll make tea. #speaker:teri #move:teri.humor
- else:
    Thanks. Come up. I'll make tea. #speaker:teri #move:teri.turn_toward
}
-> dale_the_flat

=== dale_the_flat ===
The flat is at the top of the house, under the roof: a bay window, plants on every sill, a radio on low. It smells of soil and toast. It is nothing like Birch Lane, and it is more hers than anywhere he has ever seen her live.
{dale_carried:The bike stands in the hall, where it blocks the bathroom door.}
On the windowsill is a lopsided green bowl with her initials scratched in the base. On the fridge, a flyer: Thursday Evenings at the Kiln, Wheel and Glaze.
{
- flooded("teri") || state_of("teri") == "escalated":
    Teri puts the kettle on with her back to him. #move:teri.withdraw
- else:
    Teri sees him looking at the bowl.
    I made that. Thursdays. It's meant to be round. #speaker:teri #move:teri.bid
}
<- dale_break_offer
* [Since when do you do pottery? You never said. #move:criticize]
    ~ dale_last = "criticize"
    ~ dale_pressure += 1
    Since when do you do pottery? You never said. #speaker:dale
    The question is really: what else don't I know? Asked like that, it sounds like an audit of her Thursdays. #coach
* [You made that? It's good. It looks like you. #move:appreciate]
    ~ dale_last = "appreciate"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    You made that? It's good. It looks like you, somehow. #speaker:dale
    Turning toward her life as it is now, not as it was at Birch Lane. It costs him something to admire the thing she does without him. #coach
* [He says nothing about the bowl, and checks his phone. #move:withdraw]
    ~ dale_last = "withdraw"
    He glances at the bowl and gets his phone out, as if there might be something on it.
    The old move, from the old days: when something hurts, look somewhere else. The role has switched; the reflex hasn't. #coach
- (teri_answers)
{
- flooded("teri"):
    ~ dale_teri_froze = true
    She doesn't answer. The kettle starts to tick. #move:teri.stonewall
- received("teri") == "misread":
    {dale_last == "appreciate":Looks like me. Lopsided, you mean.|Don't.} #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "criticize":
    Since March. I don't have to clear my evenings with you any more, Dale. #speaker:teri #move:teri.defend
- dale_last == "withdraw":
    ~ dale_taught_switch = true
    Teri looks at the phone, then at him, and something in her face goes tired.
    You used to do that when I showed you things. Now I do it to you, sometimes. Funny, isn't it. #speaker:teri #move:teri.dismiss
    She said the switch out loud: the one who pursued went cold and became the one who distances, and the one who distanced, losing her, pursues (Lerner). Neither of them chose the new roles; each move keeps the other's going. #coach
- else:
    She turns it over in her hands.
    Thanks. I like it there. I like who I am on Thursdays. #speaker:teri #move:teri.share_vulnerable
}
{
- dale_pressure >= 2 && dale_called_out == 0:
    -> dale_called_out
}
-> dale_the_kitchen

=== dale_the_kitchen ===
~ note_teri()
She puts two mugs on the table, and sits down across from him, and takes a breath he recognises. She has practised something too.
{
- flooded("teri"):
    ~ dale_teri_froze = true
    She starts to speak and doesn't. She turns her mug round and round on the table. #move:teri.withdraw
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    This is what I keep trying to tell you. You turn up with things, so I can't say no, and then it goes on the list. #speaker:teri #move:teri.criticize
- else:
    Dale, the bike is kind. It is. {dale_opening == "tickets":So are the tickets. }But you can't keep doing this. Flowers, the phone bill, the bike. I don't want to owe you, and I don't want you to think it buys anything. #speaker:teri #move:teri.ask_space
}
{
- received("dale") == "misread":
    -> dale_heard_wrong("I don't want to owe you", "you're a debt I'm paying off") ->
}
She's said it: you can't keep doing this. Firm, not mean. Everything in him wants to answer it with the list.
<- dale_break_offer
* [Buy anything? I fixed the bike, I pay your phone, I moved every box in this flat. I do everything for you. I think I deserve more than "you shouldn't have". #move:blame]
    ~ dale_last = "blame"
    ~ dale_pressure += 2
    ~ dale_taught_score = true
    Buy anything? I fixed the bike. I pay your phone. I moved every box in this flat and I did your car in August. I do everything for you, Teri. I think I deserve more than "you shouldn't have". #speaker:dale
    The list. Every item is true, and the list turns each one from a gift into a debt. A bid that keeps score is not a bid; it asks to be paid. #coach
* [I know. I keep turning up with things because I don't know how else to ask. I'm scared you've already gone. #move:share_vulnerable]
    ~ dale_last = "share_vulnerable"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    ~ dale_told_fear = true
    I know. I keep turning up with things because I don't know how else to ask. I'm scared you've already gone, and I'm the last one to know. #speaker:dale
    The fear, said plainly, instead of the list. It is the hardest thing in the room to say, and it is the only thing he has brought that asks nothing of her. #coach
* [Mum asked again if you're coming to her sixtieth next Sunday. What am I meant to tell her? She thinks it's something she did. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    ~ dale_mum = true
    Mum asked again if you're coming to her sixtieth, next Sunday. What am I meant to tell her? She thinks it's something she did. #speaker:dale
    Guilt, borrowed from someone else: it isn't a question about his mother, it is a lever. Guilt is pursuit wearing someone else's coat. #coach
* [It's a bike, Teri. I was being nice. Is that not allowed any more? #move:defend]
    ~ dale_last = "defend"
    ~ dale_pressure += 1
    It's a bike, Teri. I was being nice. Is that not allowed any more? #speaker:dale
    Defending the gift keeps the argument about the gift, and away from what it was for. #coach
- (teri_answers)
{
- dale_last == "demand" && not flooded("teri") && state_of("teri") != "escalated":
    -> dale_guilt
- dale_last == "share_vulnerable" && received("teri") == "misread":
    Teri's mouth tightens.
    Scared. And then I'm meant to make it better, aren't I. #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "share_vulnerable" && not flooded("teri"):
    Teri is quiet for a long moment. Then she puts her hand flat on the table, near his, not on it.
    Thank you. That's the first thing you've said in eight months that isn't a present. #speaker:teri #move:teri.validate
    -> dale_where_she_stands
}
{
- dale_pressure >= 2 || flooded("teri") || state_of("teri") == "escalated":
    -> dale_called_out
}
// a defence, or a share misheard: she answers it, and the afternoon can still go either way
{
- flooded("teri"):
    Teri says nothing. #move:teri.stonewall
- else:
    It is allowed. It's what comes after that isn't. #speaker:teri #move:teri.defend
}
-> dale_where_she_stands

// ---------------------------------------------------------------------------------------------
// A break, whenever Dale is flooded: offered as a thread at the choice points that have none
// ---------------------------------------------------------------------------------------------

=== dale_break_offer ===
+ {flooded("dale")} [I'm too wound up to do this properly. I'm going to walk down to the canal for twenty minutes, and then come back, if that's all right. #move:take_break=20]
    ~ dale_last = "take_break"
    I'm too wound up to do this properly. I'm going to walk down to the canal for twenty minutes, and then I'll come back up, if that's all right. #speaker:dale
    Dale is past the flooding line himself: {dale_taught_score:everything he says now comes out as the list|everything he says now comes out sharper than he means}. Calling the break on himself, with a time to come back, is the skill. #coach
    -> dale_call_break

=== dale_call_break ===
~ dale_last = "take_break"
{
- dale_twenty_minutes == 0:
    ~ dale_who_left = "dale"
    -> dale_twenty_minutes
}
-> dale_last_break

// A warm move heard as an attack, noted once a path where it first happens after the opening.
=== dale_misread_note ===
{
- not dale_taught_misread:
    ~ dale_taught_misread = true
    He meant it warmly, and she heard the old pressure: with trust worn thin, a kind sentence can land on eight months of presents (Weiss: sentiment override). That is not his failure. Staying warm without asking for anything back is how it changes. #coach
}
->->

// Teri went to the window or over the line: later lines may call her silence a shutdown.
=== function note_teri() ===
{
- flooded("teri") || stance_of("teri") == "stonewalling":
    ~ dale_teri_froze = true
}

// Dale hears something plain of hers as a verdict: his own sentiment override, coached once a path.
=== dale_heard_wrong(said, heard) ===
Dale hears "{said}" as: {heard}. He has to remind himself what she actually said.
{
- state_of("dale") != "calm":
    His face goes hot before he can stop it. #body:dale.stirred
}
{
- not dale_taught_heard:
    ~ dale_taught_heard = true
    That one was his misfire, not hers. A man who is afraid of being left hears every boundary as the door closing (Weiss: sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The guilt track: his mother's sixtieth, and Teri back in the old job
// ---------------------------------------------------------------------------------------------

=== dale_guilt ===
Teri closes her eyes for a second.
{
- state_of("teri") == "activated":
    I'll send her a card, Dale. I love your mum. That's not the same as coming to her lunch as your girlfriend. #speaker:teri #move:teri.defend
- else:
    Tell her I'll send a card. Tell her it's nothing she did. #speaker:teri #move:teri.ask_space
}
Then she looks at him properly, and her voice changes, the way it used to at Birch Lane when he came home grey.
{
- flooded("teri"):
    You look terrible. #speaker:teri #move:teri.dismiss
- else:
    Are you okay, Dale? You look terrible. Are you sleeping? #speaker:teri #move:teri.bid
}
It would be so easy. She is asking. She always asks.
<- dale_break_offer
* [No. I'm not. I don't know who I am in that house, Teri. Can I just stay a bit and talk? #move:bid]
    ~ dale_last = "bid"
    No. I'm not sleeping. I don't know who I am in that house. Can I just stay a bit, and talk? You're the only one who gets it. #speaker:dale
    It is true, and it is also the old arrangement: his feelings, her job. She has a word for that job, therapist, and she doesn't want it. #coach
    -> dale_leans
* [I'm all right. That was a cheap shot about Mum. I'm sorry. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    I'm all right. That was a cheap shot about Mum. I'm sorry. She'll love a card. #speaker:dale
    Owning the guilt trip as a guilt trip. It turns down the easy comfort she was offering, and it leaves her free to say what she came to the table with. #coach
    -> dale_guilt_answer
* [So you'll come, then? Just for the cake. For her, not for me. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    So you'll come, then? Just for the cake. For her, not for me. #speaker:dale
    One more turn of the lever. He may get her to the lunch; he won't get her. #coach
    -> dale_called_out

= dale_guilt_answer
{
- flooded("teri"):
    Teri nods at the table. #move:teri.withdraw
- received("teri") == "misread":
    You're sorry. You're always sorry after. #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- else:
    She lets out a breath.
    Thank you. I'd rather hear that than the list. #speaker:teri #move:teri.appreciate
}
-> dale_where_she_stands

=== dale_leans ===
~ temp she_froze = false
{
- flooded("teri"):
    ~ dale_teri_froze = true
    ~ she_froze = true
    Teri looks at the window, not at him. Her voice comes out flat.
    Dale, I can't. Not today. #speaker:teri #move:teri.withdraw
    He tells her anyway; he can't stop now. She doesn't ask him to go. She sits with her eyes on the window and nods where she used to nod, and the morning goes: the three a.m. ceiling, the house full of her absence, the radio he talks to. To him it is like being held. She is somewhere else. #time:90
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    She sighs, and sits back down.
    Fine. Ten minutes. Tell me about the nights. #speaker:teri #move:teri.dismiss
- else:
    She sits back down, and pulls her chair round to his side of the table.
    Okay. Tell me about the nights. #speaker:teri #move:teri.validate
}
{
- not she_froze:
    He does. The three a.m. ceiling, the house full of her absence, the way he talks to the radio. She listens the way she always listened, head on one side, and the morning goes, and it is like being held. #time:90
}
It is nearly one when her phone lights up: Nina, downstairs. Teri looks at it and doesn't move.
<- dale_break_offer
* [Tell her to go without you. Stay. Just this once. #move:ask_closeness]
    ~ dale_last = "ask_closeness"
    Tell Nina to go without you. Stay. Just this once. #speaker:dale
    Asking her to choose his bad night over her Saturday. Every time she says yes, the old arrangement is signed again. #coach
    -> dale_end_therapist
* [Go. You've got Nina. I'll take this to someone I pay. I've been meaning to book someone. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_booked = true
    He stops himself, halfway into the next sentence.
    Go. You've got Nina. I'll take this to someone I pay. I've been meaning to book someone, for me. #speaker:dale
    Putting his feelings where they can be held without it costing her: it is the opposite of guilt, and it gives her back her Saturday. #coach
    {
    - flooded("teri"):
        Teri nods, once. #move:teri.withdraw
    - received("teri") == "misread":
        You've been meaning to for eight months. #speaker:teri #move:teri.defend
        -> dale_misread_note ->
    - else:
        She looks at him as if he has said something in a language she didn't know he had.
        Do. I'd like that. I'll text Nina ten minutes. #speaker:teri #move:teri.turn_toward
    }
    {
    - dale_where_she_stands == 0:
        -> dale_where_she_stands
    }
    -> dale_terms
* [He says nothing, and lets her decide. #move:withdraw]
    ~ dale_last = "withdraw"
    He says nothing. He looks at his tea and lets her decide, the way he used to let her decide whether to keep asking.
    Silence that leaves the decision on her is a request too, just an unspoken one. #coach
    -> dale_end_therapist

=== dale_end_therapist ===
{
- flooded("teri") || state_of("teri") == "escalated":
    Teri texts Nina without looking at him. Go on without me. Sorry. #move:teri.withdraw
- else:
    Teri texts Nina. Go on without me, sorry, I'll explain later. #move:teri.dismiss
}
Nina's reply comes up on the screen, face up on the table, before Teri can turn it over: again??
He stays until four. She makes him beans on toast, the way she did when he had flu. He tells her about the house, about work, about his mother. She asks good questions. She doesn't say anything about herself, and he doesn't ask. #time:150
At the door she hugs him, and it feels like it used to. On the stairs he realises the tickets are still in his pocket, and he never said what he came to say, and neither did she.
<- dale_break_offer
* [He texts her from the van: Thank you. Same time next week? #move:bid]
    ~ dale_last = "bid"
    Thank you. I feel human again. Same time next week? x #speaker:dale
    {
    - flooded("teri"):
        The message shows as read. No reply. #move:teri.withdraw
    - else:
        Of course. Look after yourself. #speaker:teri #move:teri.dismiss
    }
    A yes that comes out of kindness and tiredness, not out of wanting: that is how a helper becomes a therapist. #coach
* [He texts her from the van: Sorry for taking your afternoon. #move:own_part]
    ~ dale_last = "own_part"
    Sorry for taking your afternoon. I'll get someone to talk to. #speaker:dale
    {
    - flooded("teri"):
        The message shows as read. No reply. #move:teri.withdraw
    - else:
        It's okay. Sort of. Night, Dale. #speaker:teri #move:teri.dismiss
    }
    Noticing what it cost her, after the fact. It doesn't give the afternoon back, but it is the first step out of the job he keeps giving her. #coach
- (ending)
He felt better for four hours. Teri spent her Saturday on his feelings, and neither of them knows any more about where they stand than they did at eleven. The guilt worked; that is the trouble with it. #ending:his_therapist
-> END

// ---------------------------------------------------------------------------------------------
// The pressing track: the list, the call-out, and the bad guy
// ---------------------------------------------------------------------------------------------

=== dale_called_out ===
~ note_teri()
~ temp said_using = false
{
- flooded("teri"):
    ~ dale_teri_froze = true
    Teri gets up and goes to the window. She stands with her back to him, her arms folded. #move:teri.stonewall
- (state_of("teri") == "escalated" || stance_of("teri") == "defending") && dale_taught_score:
    ~ said_using = true
    That's the list, Dale. I can hear it coming every time. You do things for me, and then you send me the bill, and if I don't pay, I'm using you. #speaker:teri #move:teri.criticize
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    This is what I mean. {dale_carried:I say leave it down there, and you carry it up.|I say I need room, and there's a present on the step.} It's Birch Lane in a nicer jumper. #speaker:teri #move:teri.criticize
- dale_taught_score:
    Dale. When the list comes out, I feel like I'm being invoiced. I'd like you to stop doing things for me so that I'll owe you. I'm not saying it to hurt you. #speaker:teri #move:teri.soft_startup
- else:
    Dale. When you decide things for me, even nice things, I feel managed. I'd like you to ask, and to take my answer. I'm not saying it to hurt you. #speaker:teri #move:teri.soft_startup
}
{
- received("dale") == "misread":
    -> dale_heard_wrong("I'm not saying it to hurt you", "here comes the bit that hurts") ->
}
{
- state_of("dale") == "flooded":
    Dale's heart is going so hard he can feel it in his teeth. #body:dale.flooded
- state_of("dale") == "escalated":
    His pulse is up in his throat. #body:dale.hot
- state_of("dale") == "activated":
    He can feel his face getting hot. #body:dale.stirred
}
She has called it. Not in a mean way; firm. And all he can hear is that he is the one who got it wrong, again.
* [{said_using:Using you? You're the one using me.|You want to talk about owing? You're the one using me.} Free mechanic, free phone, dinner on Wednesdays while you work on yourself. #move:blame]
    ~ dale_last = "blame"
    ~ dale_pressure += 1
    {said_using:Using you?|You want to talk about owing?} You're the one using me. Free mechanic, free phone, dinner on Wednesdays while you work on yourself. #speaker:dale
    Making her the bad guy. It protects him from the thing he is afraid of, that she left because of who he was, by turning it into something she is doing to him. #coach
    -> dale_bad_guy
* [{dale_taught_score:You're right. That was the list. I'm sorry. I don't want to send you a bill.|You're right. I didn't listen. I'm sorry. That's the old me.} #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = MAX(dale_pressure - 2, 0)
    {dale_taught_score:You're right. That was the list. I'm sorry. I don't want to send you a bill. I don't know how else to… I'm sorry.|You're right. I didn't listen. I'm sorry. That's the old me, deciding for you.} #speaker:dale
    Owning his part, in the heat of it. It is the antidote to defensiveness, and it is the one move that makes the list stop being the conversation. #coach
    -> dale_repair_answer
+ [I can feel myself getting wound up. Can I go for a walk, twenty minutes, and come back? #move:take_break=20]
    I can feel myself getting wound up. Can I go for a walk? Twenty minutes, down to the canal and back. Then I'll come back up. #speaker:dale
    {
    - flooded("dale") || flooded("teri"):
        Someone is already over the flooding line, so this is the break the afternoon needs, and it comes with a time to come back. That is what makes it a break and not an exit. #coach
    - else:
        A break called early, before anyone is over the line, with a time to come back: a break, not an exit. #coach
    }
    -> dale_call_break
* {dale_pressure >= 2} [Listen to you. Eight months of self-help books and you talk like a leaflet. #move:contempt]
    ~ dale_last = "contempt"
    ~ dale_pressure += 1
    Listen to you. Eight months of self-help books and you talk like a leaflet. #speaker:dale
    Contempt, the sharpest of Gottman's four horsemen: it mocks the very change she is proudest of, and it floods faster than any complaint. #coach
    -> dale_bad_guy

// Teri's answer to his repair, and on to wherever the soft track picks up.
=== dale_repair_answer ===
{
- flooded("teri"):
    Teri nods at the window. It isn't clear the words got through. #move:teri.withdraw
- received("teri") == "misread":
    Sorry, and then the list again next week. #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- state_of("teri") == "escalated":
    She lets out a long breath, and sits back down.
    Okay. Thank you for hearing it. #speaker:teri #move:teri.turn_toward
- else:
    Teri looks at him for a long moment.
    That's new. Thank you. #speaker:teri #move:teri.appreciate
}
{
- dale_where_she_stands == 0:
    -> dale_where_she_stands
- dale_the_future == 0:
    -> dale_the_future
}
-> dale_terms

=== dale_bad_guy ===
~ note_teri()
~ temp teri_was = state_of("teri")
{
- teri_was == "flooded":
    ~ dale_teri_froze = true
    Teri has gone white. She stands by the window with her arms wrapped round herself, very still. #body:teri.flooded
    I'm not doing this. I can't. #speaker:teri #move:teri.withdraw
- teri_was == "escalated":
    Teri stands up so fast her chair scrapes.
    I am not your bad guy, Dale. I left because I was disappearing in that house. I'm not doing this again. #speaker:teri #move:teri.defend
- else:
    Teri stands and goes to the door of the flat and opens it.
    I think you should go now. We can talk on Wednesday, if you still want to. #speaker:teri #move:teri.ask_space
}
~ note_teri()
{
- teri_was == "flooded" && not dale_taught_flood:
    ~ dale_taught_flood = true
    She hasn't stopped caring; she has stopped being able to take words in. Past about 100 beats a minute the body braces to get out (Gottman's flooding). Every push from here costs more. #coach
- teri_was == "escalated" && not dale_taught_flood:
    ~ dale_taught_flood = true
    {flooded("dale"):She is close to the line, and he is already over it.|She is close to the line, and so is he.} Past about 100 beats a minute the body stops listening and starts defending (Gottman); every push from here costs more than the last. #coach
}
* [Fine. I'll go. Keep the bike. Keep everything. You always do. #move:contempt]
    ~ dale_last = "contempt"
    ~ dale_door = "blame"
    Fine. I'll go. Keep the bike. Keep everything. You always do. #speaker:dale
    -> dale_at_the_door
* [I'm not going anywhere until you tell me where we stand. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    I'm not going anywhere until you tell me where we stand. Eight months, Teri. I'm owed that much. #speaker:dale
    She has asked him to go, in her own flat. Staying until she answers refuses her no; that is where pressure starts to become coercion. It usually ends at the door. #coach
    -> dale_at_the_door
* [Five minutes. Let me calm down, and then we'll sort this out. #move:take_break=5]
    ~ dale_last = "take_break"
    Five minutes. Let me calm down, and then we'll sort this out properly. #speaker:dale
    -> dale_five_minutes
+ [You're right. I'll go for a walk. Twenty minutes. Then I'll ring the bell, and you can say if you want me back up. #move:take_break=20]
    You're right. I'll go for a walk. Twenty minutes. Then I'll ring the bell, and you can say if you want me back up or if it's Wednesday. #speaker:dale
    -> dale_call_break

=== dale_five_minutes ===
// Five minutes start a break; what Dale does when they are up ends it.
Dale goes down to the street and stands by the van and watches the launderette's dryers turn.
Five minutes. He goes back up. The door of the flat is still open. #time:5
{
- flooded("teri"):
    Teri is still at the window. When she turns, her face is the same: shut.
- state_of("teri") == "calm":
    Teri is sitting at the table again, her hands round her mug. She looks up when he comes in.
- else:
    Teri is standing by the sink with her arms folded, waiting for the rest of it.
}
{
- not dale_taught_twenty && (flooded("teri") || flooded("dale")):
    ~ dale_taught_twenty = true
    Five minutes don't bring a flooded body back down. It takes about twenty (Gottman), spent on something other than rehearsing the argument. #coach
- not dale_taught_twenty:
    ~ dale_taught_twenty = true
    Five minutes were enough to breathe, this time. Once someone is past the line, it takes about twenty. #coach
}
~ temp dale_over = flooded("dale")
~ temp teri_over = flooded("teri")
<- dale_break_offer
* [Right. Five minutes. So where do we stand? #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    Right. That's five minutes. So where do we stand? #speaker:dale
    -> dale_at_the_door
* {not flooded("teri")} [Thanks for waiting. Can I try that again? What all that was about is, I'm frightened. #move:repair]
    ~ dale_last = "repair"
    ~ dale_pressure = MAX(dale_pressure - 2, 0)
    Thanks for waiting. Can I try that again? What all that was about is, I'm frightened of losing you. #speaker:dale
    A repair once both are back under the line: the same wish, without the invoice. #coach
    -> dale_repair_answer
+ [{dale_over:I'm still not okay. I'll make it twenty.|{teri_over:You're still not okay, are you? I'll make it twenty.|That wasn't long enough. I'll make it twenty.}} I'll ring the bell when they're up. #move:take_break=20]
    ~ dale_last = "take_break"
    {dale_over:I'm still not okay. I'll make it a proper twenty.|{teri_over:You're still not okay, are you. I'll make it a proper twenty.|That wasn't long enough, for either of us. I'll make it a proper twenty.}} I'll ring the bell when they're up. #speaker:dale
    -> dale_last_break

=== dale_at_the_door ===
// A walk-out is somebody leaving flooded. If nobody is over the line, he goes cold instead.
~ note_teri()
{
- not flooded("teri") && not flooded("dale"):
    Teri holds the door.
    Wednesday, Dale. Not today. #speaker:teri #move:teri.ask_space
    -> dale_end_cold
}
{
- flooded("teri"):
    Teri doesn't answer at all. She holds the door of the flat open and looks at the floor. #move:teri.stonewall
- else:
    Go home, Dale. Please. #speaker:teri #move:teri.ask_space
}
He is on the landing, car keys in his fist.
* [On the stairs he turns round. You're the one who left. Remember that when you tell Nina about this. #move:blame]
    ~ dale_last = "blame"
    ~ dale_door = "blame"
    You know what? You're the one who left. Remember that when you tell Nina about this. #speaker:dale
    The door of the flat closes. Not slammed. Just closed.
    -> dale_after_the_door
* [Dale says nothing. He goes down the stairs and out. #move:withdraw]
    ~ dale_last = "withdraw"
    ~ dale_door = "silent"
    He goes down the stairs without a word. The street door bangs behind him.
    -> dale_after_the_door
+ [He stops on the landing. I'm going to walk this off. Can I ring you at eight, when I'm not like this? #move:take_break=20]
    ~ dale_last = "take_break"
    ~ dale_door = "break"
    He stops on the landing with his hand on the rail.
    I'm going to walk this off. Can I ring you at eight, when I'm not like this? #speaker:dale
    The same exit, turned into a break: a time to come back makes leaving safe for both of them. #coach
    {
    - flooded("teri"):
        She nods, once, without looking up. #move:teri.take_break
    - else:
        Eight. Okay. #speaker:teri #move:teri.take_break
    }
    {
    - dale_twenty_minutes == 0:
        ~ dale_who_left = "stairs"
        -> dale_twenty_minutes
    }
    -> dale_last_break

=== dale_after_the_door ===
Dale sits in the van outside the launderette with the engine off. The tickets are still in his jacket. His phone is in his hand.
{
- dale_door == "blame":
    What he said on the stairs is what she will remember of this Saturday, longer than the brakes. #coach
}
+ {flooded("dale")} [He puts the phone on the dashboard and gives himself twenty minutes before he drives anywhere. #move:take_break=20]
    ~ dale_last = "take_break"
    He puts the phone face down on the dashboard and watches the dryers turn in the launderette window, and lets twenty minutes go by. #time:20
    {
    - state_of("dale") == "calm":
        By the end of it his hands are steady on the wheel. #body:dale.calm
    - else:
        By the end of it he is steadier, if not calm. #body:dale.stirred
    }
    A break of his own. It can't undo the stairs, but it means the next thing he sends won't come from the flood, and he won't drive in it. #coach
    -> ending
* [He types. Enjoy the bike. #move:contempt]
    ~ dale_last = "contempt"
    Enjoy the bike. #speaker:dale
    {
    - flooded("teri") || stance_of("teri") == "stonewalling":
        The message shows as read. No reply. #move:teri.stonewall
    - else:
        I will. #speaker:teri #move:teri.dismiss
    }
    A message sent in contempt keeps the fight going after the room is empty, and it gives nobody's body a chance to come down. #coach
* [He types. I'm sorry. That wasn't fair. Wednesday, if you still want it. #move:repair]
    ~ dale_last = "repair"
    I'm sorry. That wasn't fair. Wednesday, if you still want it. #speaker:dale
    {
    - flooded("teri"):
        The message shows as read. No reply. #move:teri.withdraw
    - received("teri") == "misread":
        You always are, after. #speaker:teri #move:teri.defend
    - else:
        I need a few days. I'll let you know about Wednesday. #speaker:teri #move:teri.ask_space
    }
    A repair after the fact. It can't undo the walk-out, but it leaves a door open, and she can read it again when she is calmer. #coach
* [He puts the phone away and breathes, four in and six out, watching the dryers. #move:self_soothe]
    ~ dale_last = "self_soothe"
    He puts the phone away and breathes, four counts in and six out, watching the dryers turn.
    {
    - state_of("dale") == "calm":
        After a while his hands are steady again. #body:dale.calm
    - else:
        His hands are still not quite steady. #body:dale.stirred
    }
    Self-soothing instead of the message he wanted to send: he can't calm her from here, but he can calm himself. #coach
- (ending)
{
- dale_last == "contempt":
    He drives home to Birch Lane and puts the tickets in the kitchen drawer with the takeaway menus. She doesn't text on Sunday, and he doesn't either. #time:60
- else:
    He drives home to Birch Lane. The house is as quiet as it has been since February. #time:30
}
In his version of the afternoon she used him and threw him out; in hers, he turned up with a present and an invoice, and made her the bad guy for not paying it. Neither of them agreed a time to talk again. #ending:walked_out
-> END

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== dale_twenty_minutes ===
// The break has started: Dale called it (dale_call_break), or took it on the stairs with a time to
// ring. Teri's answer to his call is said now, during the break, in the state she is in.
{
- dale_who_left == "dale":
    {
    - flooded("teri"):
        ~ dale_teri_froze = true
        Teri doesn't turn round from the window.
        Okay. #speaker:teri #move:teri.take_break
    - state_of("teri") == "escalated":
        Teri nods, her jaw tight.
        Twenty minutes. Okay. #speaker:teri #move:teri.take_break
    - else:
        Teri lets out a breath.
        Okay. Twenty minutes. Thank you. #speaker:teri #move:teri.take_break
    }
    Dale goes down the stairs and out past the launderette, and turns towards the canal.
- else:
    The street door closes behind him. Eight o'clock is a long way off.
}
{
- not dale_taught_twenty:
    ~ dale_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if they are spent on something other than rehearsing the argument. A break has a time to come back, and no punishment in it. #coach
}
{dale_who_left == "dale":On the towpath he realises he is still arguing with her in his head, and winning.|In the van he realises he is still arguing with her in his head, and winning.} #time:4
Then the other alarm goes off, the new one that feels so old: she's relieved you've gone. She's texting someone. Fix it now, before it sets. #time:2
* {flooded("dale")} [He sets a timer for twenty minutes, puts the phone away, and lets the alarm ring itself out. #move:take_break=20]
    -> alarm_set
* {not flooded("dale")} [He sets a timer for twenty minutes, puts the phone away, and lets the alarm ring itself out. #move:self_soothe]
    -> alarm_set
* {dale_cut_short == ""} [He texts her. Are we okay? I'm sorry. Can I come back up now? #move:bid]
    ~ dale_cut_short = "text"
    ~ dale_last = "bid"
    Are we okay? I'm sorry. Can I come back up now? #speaker:dale
    -> cut_short
* {dale_cut_short == "" && dale_who_left == "dale"} [He turns round and goes back. Better to sort it now than walk about this scared. #move:ask_closeness]
    ~ dale_cut_short = "bell"
    ~ dale_last = "ask_closeness"
    He turns round at the lock gates, and he is ringing her bell before ten minutes are up.
    It's me. I couldn't stay out there. Can we just talk now? Please? #speaker:dale
    -> cut_short

= alarm_set
He sets the timer, puts the phone in his pocket, and lets the fear say its piece without doing what it says.
{
- dale_who_left == "dale":
    He walks the towpath as far as the lock. A man is painting a narrowboat green, the same green as her bike. #time:7
    On the way back he counts his breath, four in and six out, because it gives the fear something to do besides give orders. #time:5
- else:
    He drives to the big Tesco and walks round it without buying anything, because it's somewhere to walk. #time:8
    He sits in the car park and listens to the football on the radio without hearing the score. #time:6
}
{
- state_of("dale") == "calm":
    Somewhere in there his shoulders come down from his ears. #body:dale.calm
- else:
    He is steadier than he was, if not calm yet. #body:dale.stirred
}
{
- dale_who_left == "dale":
    The timer goes off at the end of Hollis Road. #time:6
- else:
    The afternoon goes by slowly. He cleans the van, inside and out, and waits for eight. #time:300
}
~ note_teri()
-> dale_the_return

= cut_short
// His text or his ring at the bell ends the break: a partner still cooling floods again.
{
- dale_cut_short == "bell" && flooded("teri"):
    The intercom crackles. Her voice comes out of it thin and tight. #body:teri.flooded
    You said twenty minutes, Dale. #speaker:teri #move:teri.defend
- dale_cut_short == "bell" && received("teri") == "misread":
    You said twenty minutes. Can you not? #speaker:teri #move:teri.defend
- dale_cut_short == "bell":
    The intercom crackles.
    Already? I'm not there yet. Give me the rest of it. #speaker:teri #move:teri.ask_space=10
- flooded("teri"):
    The message shows as read straight away. Then nothing, long enough that he checks his signal. Then two words.
    Not now. #speaker:teri #move:teri.withdraw
- received("teri") == "misread":
    The message shows as read. Then a reply.
    This is what I mean. I can't even have twenty minutes. #speaker:teri #move:teri.defend
- else:
    The message shows as read. Then a reply.
    We're okay. I just need the time. #speaker:teri #move:teri.ask_space=10
}
{
- flooded("teri"):
    Reaching into a break, even gently, starts it over for a body that was still cooling: the twenty minutes only count if nothing cuts into them. The reach is a pursuer's alarm talking, not a failing. #coach
- received("teri") == "misread":
    She heard a check-up in it, not a reach: another misfire, and not his to fix by explaining. The twenty minutes were the point, and they still are. #coach
- else:
    She was steady enough to take it this time. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
{
- state_of("dale") == "flooded":
    His heart is hammering again. #body:dale.flooded
}
* {dale_cut_short == "text"} [He writes back: Okay. Sorry. Twenty minutes, properly. I won't text again. #move:take_break=20]
    Okay. Sorry. Twenty minutes, properly. I won't text again. #speaker:dale
    -> restart
* {dale_cut_short == "bell"} [You're right. I'm going back to the canal. Twenty minutes, properly this time. #move:take_break=20]
    You're right. I'm going back to the canal. Twenty minutes, properly this time. #speaker:dale
    {
    - flooded("teri"):
        The intercom clicks off. #move:teri.take_break
    - else:
        Thank you. Twenty minutes. #speaker:teri #move:teri.take_break
    }
    -> restart
* {flooded("dale") || flooded("teri")} [Fine. Forget it, then. #move:withdraw]
    ~ dale_last = "withdraw"
    Fine. Forget it, then. #speaker:dale
    He walks back to the van and gets in, and does not start it. #time:8
    -> dale_after_the_door

= restart
~ dale_last = "take_break"
{dale_who_left == "dale":He zips the phone into his inside pocket, behind the tickets.|He puts the phone in the glovebox and shuts it.} #time:8
He doesn't look at it once. It is harder than it sounds. #time:8
The sky clears over the gasworks. He watches a heron on the far bank stand perfectly still, for no reason at all. #time:6
{
- dale_who_left == "stairs":
    The afternoon goes by slowly. He cleans the van, inside and out, and waits for eight. #time:300
- else:
    This time he comes back when he said he would. #time:2
}
-> dale_the_return

=== dale_the_return ===
{
- dale_who_left == "stairs":
    At eight he rings. She picks up on the third ring and says, come round. At quarter past he is sitting on her stairs by the bike, and she sits two steps above him.
- else:
    He rings the bell when the twenty minutes are up, and she buzzes him in.
}
{
- flooded("teri"):
    Teri is at the table, but her face is still closed.
    I'm here. I don't know if I can talk yet. #speaker:teri #move:teri.withdraw
- state_of("teri") == "escalated" || state_of("teri") == "activated":
    {dale_who_left == "stairs":She sits with her arms folded round her knees.|Teri sits down across from him with her arms folded.}
    Okay. Go on. #speaker:teri #move:teri.defend
- else:
    {dale_who_left == "stairs":She has brought two teas down. She hands him one.|Teri has made two fresh teas. She pushes one across to him.}
    Thank you for going. I mean it. It's easier to talk to you when you're not wound up. #speaker:teri #move:teri.appreciate
    {
    - received("dale") == "misread":
        -> dale_heard_wrong("thank you for going", "it's easier when you're not here") ->
    }
}
<- dale_break_offer
* [I'm sorry. I came with a bike and a bill. What I meant was, I'm scared of losing you. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = 0
    ~ dale_told_fear = true
    I'm sorry. I came with a bike and a bill. What I meant was, I'm scared of losing you. #speaker:dale
    Coming back softer than he left: owning his part is what lets the break pay off. #coach
    -> dale_after_the_break
* [Can we just sit for a minute before we talk? #move:ask_closeness]
    ~ dale_last = "ask_closeness"
    ~ dale_pressure = 0
    Can we just sit for a minute, before we talk? #speaker:dale
    Asking for closeness without asking for an answer yet. #coach
    -> dale_after_the_break
* [So. Are you ready to tell me where we stand now? #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    So. Are you ready to tell me where we stand now? #speaker:dale
    Coming back with the same demand restarts the cycle. A break only works if both come back softer than they left. #coach
    {
    - flooded("teri") || state_of("teri") == "escalated":
        Teri looks at the table.
        Apparently not. #speaker:teri #move:teri.withdraw
    - else:
        Her face closes again, like a door.
        I was. #speaker:teri #move:teri.withdraw
    }
    -> dale_end_cold

=== dale_after_the_break ===
{
- flooded("teri"):
    For a moment Teri says nothing, but she doesn't ask him to go.
    Give me a minute. #speaker:teri #move:teri.ask_space=5
- received("teri") == "misread":
    Teri's shoulders go up again.
    And then we do the whole thing again? #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- state_of("teri") == "escalated" || state_of("teri") == "activated":
    She nods slowly.
    Okay. #speaker:teri #move:teri.turn_toward
- dale_last == "own_part":
    I know you are. I'm not trying to punish you, Dale. I just can't be the one who holds it all any more. #speaker:teri #move:teri.share_vulnerable
- else:
    Okay. I'd like that. #speaker:teri #move:teri.turn_toward
}
<- dale_break_offer
* [Thank you for letting me come back to it. Can we leave the big question for Wednesday? #move:appreciate]
    ~ dale_last = "appreciate"
    Thank you for letting me come back to it. Can we leave the big question for Wednesday? Dinner, the usual place. #speaker:dale
    Resuming when both are calm, with a time set. Not everything has to be settled this afternoon. #coach
    {
    - flooded("teri") || state_of("teri") == "escalated":
        Teri nods slowly.
        Wednesday. #speaker:teri #move:teri.take_break
    - else:
        Wednesday. You're paying. Kidding. We'll split it. #speaker:teri #move:teri.humor
    }
    -> dale_break_ending
* {dale_who_left == "dale"} [Can I ask you straight, now we're calmer? Where do I stand? I'd rather know. #move:soft_startup]
    ~ dale_last = "soft_startup"
    Can I ask you straight, now we're calmer? Where do I stand? I'd rather know than guess. #speaker:dale
    Asking for clarity instead of collecting evidence: a direct question she can answer. #coach
    {
    - not flooded("teri") && not flooded("dale") && state_of("teri") != "escalated" && received("teri") != "misread":
        -> dale_where_she_stands
    }
    {
    - received("teri") == "misread":
        Straight. You mean on your terms. #speaker:teri #move:teri.defend
        -> dale_misread_note ->
    - else:
        Not today, Dale. I'm too tired to say it right. #speaker:teri #move:teri.ask_space
    }
    -> dale_break_ending

=== dale_break_ending ===
He goes home and, for once, doesn't text her that night. Teri goes to the cinema with Nina and lets herself enjoy it. #time:30
They stopped when they needed to, and came back calmer, and the afternoon didn't get the last word. On Wednesday they will try again, slower. #ending:break_and_return
-> END

// A second break, when one is needed again after the first (five minutes that were not enough,
// or a break called again after the return): no more reaching into it.
=== dale_last_break ===
{
- dale_door == "break":
    The street door closes behind him, not slammed. He said eight.
- flooded("teri"):
    Teri doesn't look up.
    Okay. Twenty minutes. #speaker:teri #move:teri.take_break
- else:
    Okay. Yes. Let's stop. #speaker:teri #move:teri.take_break
}
{
- not dale_taught_twenty:
    ~ dale_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{dale_twenty_minutes > 0 || dale_five_minutes > 0:This time nobody reaches into it. }Dale walks the towpath to the lock and back, and leaves the phone in the van. #time:12
He stops at the bridge and watches the water go under it for a long time. #time:10
{
- state_of("dale") == "calm":
    When he gets back to Hollis Road his hands are steady. #body:dale.calm
- else:
    When he gets back to Hollis Road he is steadier, if not calm. #body:dale.stirred
}
{
- dale_door == "break":
    The afternoon goes by slowly. He cleans the van, inside and out. #time:300
    At eight he rings. She picks up on the second ring, and they talk for ten minutes about nothing much, the bike, her sister, his mum, and agree on Wednesday. #time:8
- else:
    He rings the bell. She comes down, and they stand in the doorway by the bike and agree on Wednesday, slower. #time:3
}
{dale_twenty_minutes > 0 || dale_five_minutes > 0:The afternoon needed the break twice; the second time, they let it be one.|They stopped before the afternoon could say anything worse, and they will come back to it calmer.} #ending:break_and_return
-> END

// ---------------------------------------------------------------------------------------------
// The soft track: where she stands, Owen, the future, and the terms
// ---------------------------------------------------------------------------------------------

=== dale_where_she_stands ===
~ note_teri()
~ temp happier_said = false
{
- flooded("teri") && dale_bad_guy == 0:
    -> dale_bad_guy
}
{
- flooded("teri"):
    ~ dale_teri_froze = true
    Teri shakes her head. She can't, not now. #move:teri.withdraw
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    I know what you want to ask. I've told you where you stand. Every Wednesday I tell you, and every Saturday there's a present. #speaker:teri #move:teri.defend
- else:
    ~ happier_said = true
    {dale_last == "soft_startup":Since you're asking straight, I'll answer straight.|Since you're being straight with me, I'll be straight with you.}
    I'm happier on my own than I've been in years. Not because of you. Because of me. I'm not ready to be back together, and I don't know if I will be. That's the truth, and I'd rather you had it than hoped. #speaker:teri #move:teri.share_vulnerable
}
{
- received("dale") == "misread" && not flooded("teri"):
    -> dale_heard_wrong("not because of you", "because of you") ->
}
{happier_said:Happier. Without him. He has suspected it for months; hearing it is a different thing.|It isn't an answer, and he knows what the answer is. He has suspected it for months: she is happier without him.}
<- dale_break_offer
* [Is there someone else? #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    ~ dale_asked_owen = true
    Is there someone else? #speaker:dale
    The question he has been carrying since February. Asked as a demand, it makes her answer a confession. #coach
* [{happier_said:Happier. I can see it, actually.|You're happier here. I can see it.} You laugh more. #move:validate]
    ~ dale_last = "validate"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    {happier_said:Happier. I can see it, actually.|You're happier here. I can see it, actually.} You laugh more. #speaker:dale
    Validating the thing that hurts him most to hear: her life is good without him. It is the most generous sentence he has said in years, and it costs him. #coach
* [So what's the last eight months been? Me paying your phone while you find yourself? #move:criticize]
    ~ dale_last = "criticize"
    ~ dale_pressure += 1
    So what's the last eight months been? Me paying your phone while you find yourself? #speaker:dale
    "You're using me", in other words: it turns her honesty into a charge against her. #coach
* [I was the reason you left. I know that. I decided everything, and when you tried to talk I went quiet for days. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    I was the reason you left. I know that. I decided everything: the house, the car, where we went. And when you tried to talk, I went quiet for days. #speaker:dale
    Owning his part in the old dance: he was the one who distanced, and she pursued until she couldn't. Seeing his own step is what lets the roles loosen (Lerner). #coach
- (teri_answers)
{
- flooded("teri"):
    Teri says nothing. #move:teri.stonewall
- received("teri") == "misread":
    {dale_last == "own_part":You know it now. Now I've gone.|Don't. Please don't do the nice voice.} #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "criticize":
    Using you. There it is. I tried to give the phone back in March, Dale. You wouldn't let me. #speaker:teri #move:teri.defend
- dale_last == "demand":
    She doesn't flinch. She looks at him straight, the way she does now.
- state_of("teri") == "escalated" || state_of("teri") == "activated":
    Yes. That's true. #speaker:teri #move:teri.turn_toward
- dale_last == "own_part":
    Teri's eyes fill, and she lets them.
    Thank you. I waited six years to hear that. #speaker:teri #move:teri.validate
- else:
    I do. I'd forgotten I could. #speaker:teri #move:teri.turn_toward
}
{
- dale_pressure >= 2 && dale_called_out == 0:
    -> dale_called_out
- dale_pressure >= 3:
    -> dale_bad_guy
}
-> dale_someone_else

=== dale_someone_else ===
~ note_teri()
{
- flooded("teri") && dale_bad_guy == 0:
    -> dale_bad_guy
}
{
- flooded("teri"):
    ~ dale_knows = true
    Teri answers without looking at him, flat and fast, to get it over with.
    There's someone I like. From Thursdays. Nothing's happened. #speaker:teri #move:teri.defend
- dale_asked_owen || state_of("teri") == "escalated" || stance_of("teri") == "defending":
    ~ dale_knows = true
    {dale_asked_owen:Yes. No. }There's someone I like. Owen, from the Thursday class. Nothing has happened. I haven't decided anything. #speaker:teri #move:teri.defend
- else:
    ~ dale_knows = true
    She turns her mug round once on the table.
    Since you're being honest, so am I. There's someone I like. Owen, from the Thursday class. Nothing has happened, and I haven't decided anything. But I'm not going to let you hear it from someone else. #speaker:teri #move:teri.share_vulnerable
}
{
- not dale_asked_owen:
    She told him because she tells him everything now. Honest was the deal she made with herself when she left.
}
{
- state_of("dale") == "flooded":
    The kitchen tilts a little. His heart is thudding in his ears. #body:dale.flooded
- state_of("dale") == "escalated":
    His chest has gone tight. #body:dale.hot
- else:
    Owen. A name for the shape he has been afraid of since February.
}
* [Pottery. Of course. I fix your bike so you can ride it to Thursdays. #move:contempt]
    ~ dale_last = "contempt"
    ~ dale_pressure += 2
    Pottery. Of course. I fix your bike so you can ride it to Thursdays. #speaker:dale
    Contempt, again: the sting turned into a sneer. It is what she will remember, and it proves her reasons for her. #coach
* [Then what have I been doing all this for? The bike, the phone, all of it? #move:blame]
    ~ dale_last = "blame"
    ~ dale_pressure += 1
    Then what have I been doing all this for? The bike, the phone, all of it? #speaker:dale
    The list again, as a lament: if the gifts were payments, then she owes him, and she has been spending it elsewhere. #coach
* [That hurts. I'm glad you told me, though. I'd rather know than guess. #move:share_vulnerable]
    ~ dale_last = "share_vulnerable"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    ~ dale_told_fear = true
    That hurts. I'm glad you told me, though. I'd rather know than guess. #speaker:dale
    Letting the hurt be hurt, without turning it into a charge. He can't control who she likes; he can choose what he does with the sting. #coach
+ [I need a minute with that. Can I walk round the block? Twenty minutes, and I'll come back up. #move:take_break=20]
    I need a minute with that. Can I walk round the block? Twenty minutes, and then I'll come back up. #speaker:dale
    A break before the sting does the talking: taken on purpose, with a time to come back. #coach
    -> dale_call_break
- (teri_answers)
{
- flooded("teri"):
    Teri says nothing. She looks at the bowl on the windowsill. #move:teri.stonewall
- received("teri") == "misread":
    Glad. You don't look glad. #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "blame" || dale_last == "contempt":
    I didn't ask you to do any of it, Dale. I asked you, for six years, to sit with me. #speaker:teri #move:teri.defend
- state_of("teri") == "escalated":
    Okay. #speaker:teri #move:teri.turn_toward
- else:
    She breathes out.
    I didn't want to hurt you. I didn't want to lie to you, either. #speaker:teri #move:teri.validate
}
{
- dale_pressure >= 2 && dale_called_out == 0:
    -> dale_called_out
- dale_pressure >= 2:
    -> dale_bad_guy
}
-> dale_the_future

=== dale_the_future ===
~ note_teri()
~ dale_future_said = true
{
- flooded("teri"):
    Teri stares at the table.
    I can't do maybe forever, Dale. That's all. #speaker:teri #move:teri.withdraw
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    I'm thirty-two. I might want a family one day. I can't spend years in maybe with you, and I can't be the one who talks you through every bad night. I'm not your therapist. #speaker:teri #move:teri.defend
- else:
    There's something else. I'm thirty-two. I might want a family one day, maybe, I don't know yet. I can't spend years in maybe with you. And I can't keep being the one who talks you through every bad night. I don't want to be your therapist, Dale. I want to be a person. #speaker:teri #move:teri.share_vulnerable
}
{
- received("dale") == "misread" && not flooded("teri"):
    -> dale_heard_wrong("I don't want to be your therapist", "you're a burden") ->
}
A family. For six years it was always "not yet", and he was the one who said it.
<- dale_break_offer
* [We could. Have a baby, I mean. I'm ready now. I was wrong to keep saying not yet. #move:ask_closeness]
    ~ dale_last = "ask_closeness"
    ~ dale_baby = true
    We could, though. Have a baby. I'm ready now. I was wrong to keep saying not yet. #speaker:dale
    An offer made to keep her is a deal, not a bid: the thing she once asked for, held out now as a reason to come back. She will hear the pressure under the gift. #coach
* [Then tell me what it would take. Write it down. I'll do every item on it. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    Then tell me what it would take. Write it down. I'll do every item on it, you know I will. #speaker:dale
    The fixer's answer: a list of tasks to complete and be paid for. She can't write the list, because what she needs is not a task. #coach
* [I've booked someone. A counsellor, for me, not for us. Tuesday. I don't want you to be my therapist either. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    ~ dale_booked = true
    I've booked someone. A counsellor, for me, not for us. First one's Tuesday. I don't want you to be my therapist either. #speaker:dale
    Taking his pain somewhere that can hold it: it frees her from the job, and it is the first thing he has done for himself that isn't a present for her. #coach
* {dale_leans == 0} [I'm not sleeping, Teri. Can I just stay a bit? You're the only one who gets it. #move:bid]
    ~ dale_last = "bid"
    I'm not sleeping, Teri. I don't know who I am in that house. Can I just stay a bit, and talk? You're the only one who gets it. #speaker:dale
    True, and the old arrangement, a minute after she said she doesn't want the job: his feelings, her work. #coach
    -> dale_leans
- (teri_answers)
{
- flooded("teri"):
    Teri shakes her head. #move:teri.withdraw
- dale_last == "ask_closeness":
    Teri looks at him for a long time.
    Dale. That's the bike again. That's the biggest present you could think of. I don't want a baby so that I'll come back. #speaker:teri #move:teri.defend
- received("teri") == "misread":
    For you. Good. You've said that before, too. #speaker:teri #move:teri.defend
    -> dale_misread_note ->
- dale_last == "demand":
    I can't write it down. If I could, I'd have given you the list years ago. #speaker:teri #move:teri.defend
- state_of("teri") == "escalated" || state_of("teri") == "activated":
    Okay. Good. #speaker:teri #move:teri.turn_toward
- else:
    Her face softens in a way he hasn't seen since before Birch Lane.
    Good. I'm really glad. Not for me. For you. #speaker:teri #move:teri.appreciate
}
{
- dale_pressure >= 3:
    -> dale_called_out
}
-> dale_terms

=== dale_terms ===
~ note_teri()
{
- flooded("teri"):
    Teri sits very still, looking at the bowl on the windowsill. #move:teri.withdraw
- state_of("teri") == "escalated" || stance_of("teri") == "defending":
    So where does that leave us? #speaker:teri #move:teri.defend
- else:
    So. Where does that leave us? I don't mean that as a trick question. I genuinely don't know. #speaker:teri #move:teri.bid
}
The tickets are still in his jacket. He can feel the edge of them.
{
- not dale_taught_switch && (dale_told_fear || dale_booked):
    ~ dale_taught_switch = true
    Notice where each of them is standing: she pursued for six years and went cold, and he distanced for six years and now can't stop reaching. The roles switched; the circle didn't. Only clarity, asked for and given, opens it. #coach
}
<- dale_break_offer
* [Come to the Wilder Hours with me on the nineteenth. One night. Then decide. #move:demand]
    ~ dale_last = "demand"
    ~ dale_pressure += 1
    He puts the tickets on the table between them.
    Come to the Wilder Hours with me on the nineteenth. One night, like before. Then decide. #speaker:dale
    One more chance, asked for with a present on the table: the old pressure, in the nicest possible wrapping. #coach
    -> dale_the_tickets
* [Then not yet. You keep your flat. I stop turning up with things. No list. Wednesdays, if you want them. And you tell me when you know, whichever way. #move:ask_closeness]
    ~ dale_last = "ask_closeness"
    Then not yet. You keep your flat. I stop turning up with things: no more presents, and no more list. Wednesdays, if you want them. And when you know, you tell me, whichever way it goes. #speaker:dale
    Terms instead of a tally: an honest not-yet, with what each can count on. Asking for closeness this way leaves her free to say no. #coach
    -> dale_end_not_yet
* [Forget it. I'll stop bothering you. You've got Owen. #move:withdraw]
    ~ dale_last = "withdraw"
    Forget it. I'll stop bothering you. {dale_knows:You've got Owen.|You've got your Thursdays.} #speaker:dale
    Pursuit that gets no answer goes cold: this is Dale giving up, and it looks like calm. It is the same step Teri took eight months ago, from the other side. #coach
    -> dale_end_cold

* [I think you already know, and you're being kind. I'd rather hear it now than in a year. Say it, Teri. #move:share_vulnerable]
    ~ dale_last = "share_vulnerable"
    I think you already know, and you're being kind. I'd rather hear it now than in a year of Wednesdays. Say it, Teri. I can take it. #speaker:dale
    Asking for clarity over ambiguity, knowing it may cost him everything he came for. Keeping someone hoping is not kindness, to either of them. #coach
    {
    - state_of("teri") == "calm" && received("teri") != "misread":
        Teri looks at him for a long time.
        I'm not being kind, Dale. I don't know yet. That's the honest answer. I know it's not yet, and I'll tell you when I do, whichever way. #speaker:teri #move:teri.share_vulnerable
        -> dale_end_not_yet
    }
    -> dale_end_plainly
= dale_the_tickets
{
- flooded("teri"):
    Teri doesn't touch them. #move:teri.stonewall
- state_of("teri") == "calm":
    Teri smiles, sadly, and pushes them back across the table.
    No, Dale. Take someone who'll love them. Not me, not like this. #speaker:teri #move:teri.ask_space
- else:
    Teri looks at the tickets, and then at him.
    This is what I meant. {dale_where_she_stands > 0:I say not yet|I say I'm not ready}, and there's a present on the table. I'm not coming, Dale. #speaker:teri #move:teri.defend
}
<- dale_break_offer
* [Okay. He puts the tickets back in his pocket. Okay. That was the old way. Not yet, then. #move:own_part]
    ~ dale_last = "own_part"
    ~ dale_pressure = MAX(dale_pressure - 1, 0)
    ~ dale_tickets = "kept"
    He puts the tickets back in his pocket.
    Okay. That was the old way. I'm sorry. Not yet, then. Wednesdays, if you want them, and you tell me when you know. #speaker:dale
    Hearing the no, and owning the pressure in the ask: that is what turns one more try into terms. #coach
    -> dale_end_not_yet
* [After everything I've done. You can't give me one night? #move:blame]
    ~ dale_last = "blame"
    ~ dale_pressure += 1
    After everything I've done. You can't give me one night? #speaker:dale
    "After everything I've done": the list, in one line. #coach
    -> dale_called_out

=== dale_end_not_yet ===
{
- flooded("teri"):
    Teri nods at the table. She can't say more yet. #move:teri.withdraw
- received("teri") == "misread":
    Teri looks at him, wary.
    And the phone? And the next present? #speaker:teri #move:teri.defend
    I'll take you off the plan on Monday. You can pay your own bill. You'll love it. #speaker:dale
    He tries a smile.
- dale_last == "share_vulnerable":
    Not yet, then. It isn't the answer he was afraid of, and it isn't the one he wanted.
    And the phone, Dale. Take me off your plan. I'd like to pay my own bill. #speaker:teri #move:teri.ask_closeness
- else:
    Teri is quiet. Then she nods.
    Not yet. Yes. That's true. And the phone, Dale. Take me off your plan. I'd like to pay my own bill. #speaker:teri #move:teri.ask_closeness
}
<- dale_break_offer
* {dale_tickets == ""} [He puts the tickets on the table. Take Nina. You'd love it, and I'd like it to be yours. #move:appreciate]
    ~ dale_tickets = "given"
    ~ dale_last = "appreciate"
    He takes the tickets out and puts them on the table by the bowl.
    Take Nina. You'd love it, and I'd like something to be yours without a bill on it. #speaker:dale
    A gift with nothing asked back: it looks like the bike, and it is the opposite of the bike. #coach
* [He takes the phone off the plan there and then, at her table, and shows her the screen. #move:turn_toward]
    ~ dale_last = "turn_toward"
    He gets his phone out and does it there and then, at her table, and shows her the screen: account holder, Teri Lowe.
    Doing what she asked, the way she asked, when she asked: the smallest proof he has heard her. #coach
- (ending)
{
- flooded("teri") || state_of("teri") == "escalated":
    At the door she doesn't hug him, but she says Wednesday, and he believes her. #move:teri.ask_space
- else:
    At the door she hugs him, briefly, and says Wednesday. #move:teri.turn_toward
}
{dale_carried:On the way out he carries the bike back down and locks it to the pipe by the meters, where she wanted it.|On the stairs he passes the bike, locked where she wanted it.} He doesn't know how it ends. For the first time in eight months, he knows where he stands, and it isn't nowhere. #ending:not_yet
-> END

=== dale_end_plainly ===
{
- flooded("teri"):
    Teri's face crumples, and then she holds it still.
    I can't say it right now. Not like this. #speaker:teri #move:teri.withdraw
    He waits. He doesn't fill the silence. It is the longest minute of his life. #time:1
- received("teri") == "misread":
    Teri looks at him sharply.
    So I have to be the one to end it. So it's on me. #speaker:teri #move:teri.defend
    He shakes his head.
    No. It's not on you. I'm asking because I'd rather know. #speaker:dale
}
{
- flooded("teri"):
    When she speaks, her voice is flat, but steady enough.
    I don't think I'm coming back, Dale. #speaker:teri #move:teri.ask_space
- else:
    She takes his hand across the table.
    I don't think I'm coming back, Dale. I've been saying "working on things" because I didn't want to be the one who ended it. That wasn't fair on you. I'm sorry. #speaker:teri #move:teri.own_part
}
{
- received("dale") == "misread":
    -> dale_heard_wrong("I'm sorry", "this is goodbye, and you're glad") ->
}
<- dale_break_offer
* [Okay. Thank you for telling me straight. You were always better at that than me. #move:appreciate]
    ~ dale_last = "appreciate"
    Okay. Thank you for telling me straight. You were always better at that than me. #speaker:dale
    Hearing the answer he feared without turning it into a charge. He can grieve it; he doesn't have to make her the bad guy for it. #coach
* [He can't speak. He nods, and squeezes her hand, and lets go. #move:self_soothe]
    ~ dale_last = "self_soothe"
    He can't speak. He nods, and squeezes her hand, and lets go of it.
    He stays in the chair and breathes, and lets it land, instead of arguing with it. #coach
- (ending)
{
- flooded("teri"):
    They sit for a while without talking. Then he gets up and puts his mug in the sink, the way she likes it. #time:5
- flooded("dale"):
    They sit for a while. She tells him she will always be glad of the six years, most of them. He nods because he can't speak; believing her will come later. #time:10
- else:
    They sit for a while. She tells him she will always be glad of the six years, most of them. He believes her. #time:10
}
He leaves the tickets by the green bowl. {dale_carried:He carries her bike back down and locks it by the meters, where she wanted it,|On the stairs he passes her bike, locked where she wanted it,} and it is the worst afternoon of his year, and the first honest one. Nobody has to keep hoping. #ending:said_plainly
-> END

=== dale_end_cold ===
~ note_teri()
{
- flooded("dale"):
    Dale gets up and zips his jacket. His hands are shaking, and his voice, when it comes, is very calm: the calm he remembers from Birch Lane, from the other side of the table. #body:dale.flooded
- state_of("dale") == "calm":
    Dale gets up and puts his jacket on. He is very calm. He is calm in a way he recognises from Birch Lane, from the other side of the table.
- else:
    Dale gets up and puts his jacket on. His voice, when it comes, is level and flat: the voice he remembers from Birch Lane, from the other side of the table.
}
{
- flooded("teri") || stance_of("teri") == "stonewalling":
    ~ dale_teri_froze = true
    Teri stays at the window. She doesn't turn round. #move:teri.stonewall
- else:
    Teri walks him to the top of the stairs.
    Text me when you're home. #speaker:teri #move:teri.bid
}
<- dale_break_offer
* [Sure. He doesn't. #move:withdraw]
    ~ dale_last = "withdraw"
    Sure. #speaker:dale
    He doesn't text. On Wednesday he says he has to work late.
    Withdraw meets withdraw: the quietest turn of the circle, and the one that lasts longest (Wile). #coach
* [He stops on the stairs. I'm going cold on you, aren't I. Like I used to. #move:share_vulnerable]
    ~ dale_last = "share_vulnerable"
    He stops on the second stair.
    I'm going cold on you, aren't I. Like I used to. I don't know how to do this any other way yet. #speaker:dale
    {
    - flooded("teri") || stance_of("teri") == "stonewalling":
        She doesn't answer. The flat door closes. #move:teri.withdraw
    - else:
        A bit. I know the look. I wore it for a year. Go home, Dale. #speaker:teri #move:teri.withdraw
    }
    Naming the switch as it happens. It doesn't settle anything, but it catches the cold before it sets. #coach
- (ending)
He drives home. Nothing is said about the bike, or {dale_knows:Owen|Thursdays}, or the future; the limbo goes on, a little colder. {dale_taught_switch:He pursued until it didn't work, and went cold; she will notice, and part of her will want to reach.|The one who pursues, worn out, goes quiet; the one who distanced will feel it, and part of her will want to reach. The circle turns.} #ending:deadlock
-> END
