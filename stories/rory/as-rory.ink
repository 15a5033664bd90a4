// Rory and Mateo, played as RORY (the distancer). Mateo is simulated by the model.
// Adapted from comment 6 (Rory) in 002_612bd878bc8560af.txt: relentlessly pursued, smothered,
// eight days after moving in, and tired of being told that her role is the wrong one for a woman.
//
// Shape of the mode:
//   the books        rory_start -> rory_the_books (he unpacked them, by colour)
//   the door         rory_the_door (the knock that doesn't wait) -> rory_the_weekend (Dani and Luis
//                    tomorrow, his mother's on Sunday) -> rory_is_it_me (his question)
//   the soft track   rory_his_kitchen -> rory_her_side -> rory_the_ask -> rory_his_ask
//                    -> rory_the_arroz -> rory_own_time (#ending:boundary_honoured)
//                                       or rory_supper (#ending:reconnected)
//   the heat         rory_heating_up -> rory_the_flood -> rory_foot_down / rory_out_the_door
//                    -> rory_after_the_door (#ending:walked_out)
//   the break        rory_call_break -> rory_twenty_minutes (he may knock into it, which floods a
//                    cooling body again) -> rory_the_return -> rory_after_break
//                    -> rory_break_ending (#ending:break_and_return), or on to rory_his_ask;
//                    rory_last_break (#ending:break_and_return) when a break is needed again
//   the flip         rory_roles_flip: hurt, he stops knocking and shuts a door of his own; she is
//                    the one who knocks (#ending:roles_flip)
//
// Which track the story takes follows Rory's choices (rory_pressure), so every ending can be
// reached by choices alone. What Mateo says follows the model: flooded / state_of / stance_of and
// received("mateo"), so a warm sentence he mishears gets the answer a push-off gets. Whenever Rory
// is flooded, a break is on offer (rory_break_offer, or the knot's own break choice).

VAR rory_opening = ""      // how the evening started at the shelf: soft | harsh | thanks | joke
VAR rory_pressure = 0      // +1 for each sharp or shutting move, -1 for each move that calms; 2+ = the heat
VAR rory_last = ""         // Rory's last move, so Mateo answers what she actually did
VAR rory_he_gave_a_time = false // he texted "Home by 11" after her repair
VAR rory_excuse = false    // she invented the subtitle file due at nine
VAR rory_owned_excuse = false
VAR rory_asked_space = false  // she has asked plainly for time alone, with a time to come out
VAR rory_swallowed = false // she said "sounds fun" about the weekend and meant the opposite
VAR rory_laid_rule = false // she laid down rules instead of asking
VAR rory_asked_four = false // she asked to leave his mother's at four on Sunday
VAR rory_he_told = false   // Mateo told her about the back room, the year his father left
VAR rory_she_told = false  // she told him about Tern Street: four children, one lock
VAR rory_misfired = false  // a warm move of hers was heard as a push-off
VAR rory_flood_seen = false  // someone went over the line on this path
VAR rory_break_by = ""     // who named the first break: rory | both
VAR rory_cut_short = ""    // how the break was cut short: knock | text | early
VAR rory_door_shut_on_him = false
VAR rory_taught_misread = false  // coaching points once a path, where they first matter
VAR rory_taught_twenty = false
VAR rory_taught_flood = false
VAR rory_taught_roles = false
VAR rory_taught_heard = false
VAR rory_he_sat = false     // he sat down on the box of coats at the door
VAR rory_on_stairs = false  // she is on the stairs, out of the flat
VAR rory_knocked = false    // at the flip, she knocked or texted rather than waiting
VAR rory_taught_doorway = false

=== function note_floods() ===
{ flooded("rory") || flooded("mateo"):
    ~ rory_flood_seen = true
}

=== rory_start ===
Friday, the eighth day. The van came last Thursday; the hall is still a corridor of boxes, KITCHEN and WINTER and RORY BOOKS in Mateo's capitals.
Rory has spent the day in headphones, subtitling a Danish police drama, six hours of people whispering in car parks. On the bus home she read an article about couples: the woman pursues, the man withdraws. She closed the tab. Not a man, not the one who chases. So, back to square one.
The flat on Mill Lane smells of saffron. Mateo has been home since half four; he teaches Year 4 and his evenings start early. He meets her in the hall in his mother's apron.
You're home! Come and see. Come, come. #speaker:mateo #move:mateo.bid
-> rory_the_books

=== rory_the_books ===
In the living room her books are on the shelves, every one of them, arranged by colour: a rainbow from the red Penguins down to the green spines of the Moomins, next to his cookbooks.
She packed them in the order she reads them. It took her a whole Sunday.
* [That's lovely of you. Next time, ask me first? I like doing my books myself. #move:soft_startup]
    ~ rory_opening = "soft"
    ~ rory_last = "soft_startup"
    That's lovely of you. Next time, would you ask me first? I like doing my books myself. #speaker:rory
    A soft start-up: the thanks is real, and the request is one small thing he can do, next time. Nothing in it says he is the problem. #coach
* [You unpacked my boxes? I had them the way I wanted them. #move:criticize]
    ~ rory_opening = "harsh"
    ~ rory_last = "criticize"
    ~ rory_pressure += 1
    You unpacked my boxes? I had them the way I wanted them. #speaker:rory
    The irritation is fair: they were her boxes. Said like this, it lands as a verdict on a gift, and the evening starts where it will probably end (Gottman: harsh start-up). #coach
* [Thank him, and say nothing about the order. #move:appreciate]
    ~ rory_opening = "thanks"
    ~ rory_last = "appreciate"
    ~ rory_swallowed = true
    Thank you. That must have taken ages. #speaker:rory
    Kind, and it keeps the peace. It also teaches both of them that her things can be moved without asking, and the irritation goes somewhere to wait. #coach
* [Laugh. By colour? You've put Dostoevsky next to the Moomins. #move:humor]
    ~ rory_opening = "joke"
    ~ rory_last = "humor"
    She laughs despite herself.
    By colour? You've put Dostoevsky next to the Moomins. #speaker:rory
    Humour that is with him, not at him, can say "not quite" without a charge in it. #coach
- (answers)
{
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_opening == "joke":Oh. So it's funny. I spent two hours on that.|Ask first. In our flat. I was trying to do something nice, Rory.} #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- rory_opening == "harsh" && received("mateo") == "let_go":
    Mateo's face falls, then recovers. He has had a good day and decides not to hear it.
    They're only books. I'll put them back how you had them, if you show me. #speaker:mateo #move:mateo.own_part
- rory_opening == "harsh":
    I spent two hours on that. You could just say thanks. #speaker:mateo #move:mateo.defend
- rory_opening == "soft":
    Oh. Okay. I didn't think. I just wanted it to feel like home when you walked in. #speaker:mateo #move:mateo.own_part
- rory_opening == "joke":
    Mateo grins.
    They get on. It's a very inclusive shelf. #speaker:mateo #move:mateo.humor
- else:
    Wait till you see what's for dinner. #speaker:mateo #move:mateo.bid
}
She says she'll be ten minutes, just to change, and goes into the little room at the end of the hall, the box room with her green reading chair in it, the one she carried up three flights on her own.
She shuts the door. For twenty minutes the flat is quiet, and she reads four pages of her book six times. #time:20
-> rory_the_door

=== rory_the_door ===
~ note_floods()
Two knocks, and the door opening at the same time.
{
- flooded("mateo") || state_of("mateo") == "escalated":
    You said ten minutes. It's been twenty. I've seen you for two minutes since you got home. #speaker:mateo #move:mateo.criticize
- rory_opening == "harsh" || rory_misfired:
    Are you hiding in here? The arroz is ready. It's my mum's, it's best straight out of the pan. #speaker:mateo #move:mateo.demand
- else:
    Hey, you. Hiding? The arroz is ready. It's my mum's; it's best straight out of the pan. #speaker:mateo #move:mateo.bid
}
He is half in the room already, one hand on the door. The room is two metres by three; with him in it, it is full.
<- rory_break_offer
* [I've got a subtitle file due at nine. Ten more minutes? #move:dismiss]
    ~ rory_excuse = true
    ~ rory_last = "dismiss"
    I've got a subtitle file due at nine. Ten more minutes? #speaker:rory
    There is no file. It is easier than saying she wants to be alone, and it buys ten minutes. It also means the real need goes unsaid, and he will come back when the ten are up. #coach
* [Could you knock and give me a minute? The door opening on its own makes me jump; it's such a small room. #move:soft_startup]
    ~ rory_last = "soft_startup"
    Could you knock, and give me a minute? The door opening on its own makes me jump. It's such a small room. #speaker:rory
    A soft start-up about one moment: what the open door does to her, and something he can do tonight. #coach
* [Can you knock? That's every time this week. #move:criticize]
    ~ rory_last = "criticize"
    ~ rory_pressure += 1
    Can you knock? That's every time this week. #speaker:rory
    Counting his mistakes makes the door the charge sheet. It's true, and it's the kind of true a partner can only defend against. #coach
* [I'm not hiding. I want half an hour with this book, on my own. Then I'm yours. #move:ask_space=30]
    ~ rory_last = "ask_space"
    ~ rory_asked_space = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    I'm not hiding. I want half an hour with this book, on my own. Then I'm yours, arroz and all. #speaker:rory
    Asking for space directly, with a time to come back (Lancer): not an excuse, not an escape, and a way back built in. It costs something to say out loud that she wants to be alone. #coach
- (answers)
{
- flooded("mateo"):
    Mateo stays in the doorway. He doesn't answer, and he doesn't go. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "ask_space":Half an hour away from me. Got it.|A minute. In our own flat. Right.} #speaker:mateo #move:mateo.criticize
    -> rory_misread_note ->
- rory_last == "dismiss":
    On a Friday? Okay. I'll wait. #speaker:mateo #move:mateo.demand
    ~ rory_he_sat = true
    He sits down on the box of winter coats by the door, and gets his phone out. He means it kindly.
- rory_last == "criticize" && state_of("mateo") != "calm":
    It's a door in our flat, Rory. I didn't know I needed an appointment. #speaker:mateo #move:mateo.defend
- rory_last == "criticize":
    It's our flat. I didn't think I had to knock in our flat. #speaker:mateo #move:mateo.defend
- rory_last == "soft_startup":
    Oh. Sorry. I didn't… okay. A knock, and a minute. #speaker:mateo #move:mateo.own_part
- state_of("mateo") == "escalated":
    Half an hour. Fine. #speaker:mateo #move:mateo.withdraw
- else:
    He looks at the book, and then at her, and makes himself smile.
    Half an hour. Okay. I'll keep it warm. #speaker:mateo #move:mateo.turn_toward
}
-> rory_the_weekend

=== rory_the_weekend ===
~ note_floods()
{
- flooded("mateo"):
    Anyway. You can't hide tomorrow. Dani and Luis are coming for the match. And Mum wants us on Sunday. #speaker:mateo #move:mateo.criticize
- stance_of("mateo") == "protesting" || stance_of("mateo") == "attacking":
    Anyway, tomorrow you'll have to come out. Dani and Luis are coming for the match. And Mum wants us Sunday; she's doing the lamb. #speaker:mateo #move:mateo.demand
- else:
    Oh, and good news. Dani and Luis are coming tomorrow for the match, and Mum wants us Sunday. Everyone'll be there. She's doing the lamb. #speaker:mateo #move:mateo.bid
}
{
- received("rory") == "misread" && not flooded("mateo"):
    -> rory_heard_wrong("good news", "the whole weekend, decided without her") ->
}
Rory had planned tomorrow: the market, the last three boxes, nobody. Sunday at Carmen's means eleven people, four hours, and being asked when the wedding is.
<- rory_break_offer
* [You invited people without asking me? It's my flat too. #move:criticize]
    ~ rory_last = "criticize"
    ~ rory_pressure += 1
    You invited people without asking me? It's my flat too. #speaker:rory
    A fair complaint, with a charge on the front of it: the request inside it, ask me first, is the part he won't hear. #coach
* [Fine. Sounds fun. #move:dismiss]
    ~ rory_last = "dismiss"
    ~ rory_swallowed = true
    Fine. Sounds fun. #speaker:rory
    It keeps tonight peaceful. But a yes that means no is a loan against later; "he'd be fine if I never put my foot down" stays true only while she never does. #coach
* {rory_excuse} [Actually, there's no file due. I wanted to be on my own, and I didn't know how to say it. #move:own_part]
    ~ rory_last = "own_part"
    ~ rory_owned_excuse = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    Actually, there's no file due. I wanted to be on my own for a bit, and I didn't know how to say it without it sounding like I don't want you. #speaker:rory
    Owning the excuse. It's awkward now, and it's far cheaper than the evenings of invented deadlines it would have taken to keep it going. #coach
* [I'd have liked to be asked first. Can we decide weekends together, before anyone's invited? #move:soft_startup]
    ~ rory_last = "soft_startup"
    I'd have liked to be asked first. Can we decide weekends together, before anyone's invited? #speaker:rory
    A boundary about the shared home said as a request about the future, not a trial about tomorrow. #coach
- (answers)
{
- flooded("mateo"):
    Mateo looks at the boxes in the hall and says nothing. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "own_part":So you made it up. To get away from me.|Decide together. So I can't have my friends round without a vote.} #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- rory_last == "criticize" && state_of("mateo") != "calm":
    Our flat. Yes. Ours. That's sort of my point, Rory. #speaker:mateo #move:mateo.blame
- rory_last == "criticize":
    They're my best friends. I didn't think I needed permission. #speaker:mateo #move:mateo.defend
- rory_last == "dismiss":
    Yes! You'll love Luis. He's an idiot. #speaker:mateo #move:mateo.bid
    He doesn't see her face. He is already thinking about crisps.
- rory_last == "own_part" && state_of("mateo") == "escalated":
    No file. Okay. You could have just said. #speaker:mateo #move:mateo.defend
- rory_last == "own_part":
    He laughs, a bit hurt, a bit relieved.
    No file. You could have just said. You can just say, you know. #speaker:mateo #move:mateo.repair
- state_of("mateo") == "escalated":
    Fine. Next time I'll ask. #speaker:mateo #move:mateo.withdraw
- else:
    At home you don't ask, people just come. I didn't think. Okay. Next time, I ask you first. #speaker:mateo #move:mateo.own_part
}
-> rory_is_it_me

=== rory_is_it_me ===
~ note_floods()
{
- flooded("mateo"):
    Mateo's voice goes up, tight.
    We moved in together so you could live in a cupboard? #speaker:mateo #move:mateo.contempt
- stance_of("mateo") == "cold":
    Forget it. Have your room. #speaker:mateo #move:mateo.withdraw
- state_of("mateo") == "escalated" || stance_of("mateo") == "attacking":
    Be honest with me. Is it me? Because we moved in, and you moved into this room. #speaker:mateo #move:mateo.blame
- else:
    {rory_he_sat:He shifts on the box of coats.|He sits down on the box of coats.}
    Can I ask you something? Is it me? We've been here eight days, and you've spent five evenings in here. #speaker:mateo #move:mateo.share_vulnerable
    {
    - received("rory") == "misread":
        -> rory_heard_wrong("is it me", "a charge she has to disprove") ->
    }
}
{
- state_of("rory") == "flooded":
    Rory's heart is going hard; the little room has no air in it. #body:rory.flooded
- state_of("rory") == "escalated":
    Rory's face is hot. She can feel her pulse in her ears. #body:rory.hot
}
<- rory_break_offer
* [It's not you. I haven't had a door stay shut all week, and I'm running on empty. #move:share_vulnerable]
    ~ rory_last = "share_vulnerable"
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    It's not you. I haven't had a door stay shut all week, and I'm running on empty. #speaker:rory
    The soft feeling under the door: not rejection, depletion. It is hard to say to someone who has just cooked for you. #coach
* [Why does everything have to be us? I'm allowed a room. #move:defend]
    ~ rory_last = "defend"
    ~ rory_pressure += 1
    Why does everything have to be us? I'm allowed a room. #speaker:rory
    True, and it answers his fear with a wall: he asked whether it's him, and heard that it is. #coach
* [No. It's not you. I need an hour on my own most evenings, and I will always come out. #move:ask_space=60]
    ~ rory_last = "ask_space"
    ~ rory_asked_space = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    No. It's not you. I need an hour on my own most evenings, and I will always come out. Always. #speaker:rory
    A no to the moment that is a yes to him: time alone, asked for directly, with the way back in it. #coach
* [Put the headphones back on. #move:stonewall]
    ~ rory_last = "stonewall"
    ~ rory_pressure += 2
    Rory puts the headphones back on. The Danish detective is still whispering in his car park.
    -> rory_headphones ->
- (answers)
{
- flooded("mateo"):
    Mateo stares at her as if she has spoken another language. #move:mateo.withdraw
- rory_last == "stonewall" && (stance_of("mateo") == "cold" || state_of("mateo") == "calm"):
    Mateo stands there a moment. Then he goes, and closes the door very quietly. #move:mateo.withdraw
    -> rory_roles_flip
- rory_last == "stonewall":
    Rory. Rory. Take them off. I'm talking to you. #speaker:mateo #move:mateo.demand
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "ask_space":Most evenings. So that's the deal. I get what's left.|Running on empty. Because of me.} #speaker:mateo #move:mateo.criticize
    -> rory_misread_note ->
- rory_last == "defend":
    I didn't say you weren't. I said is it me. You didn't answer. #speaker:mateo #move:mateo.criticize
- state_of("mateo") == "escalated":
    He rubs his face.
    Okay. Okay. I just don't know what the door means. #speaker:mateo #move:mateo.defend
- rory_last == "ask_space":
    He lets out a long breath.
    Always. Okay. That's… I can hold on to always. #speaker:mateo #move:mateo.turn_toward
- else:
    He looks round the little room as if seeing it for the first time.
    Empty. I didn't know. #speaker:mateo #move:mateo.turn_toward
}
{
- rory_pressure >= 2:
    -> rory_heating_up
}
-> rory_his_kitchen

// Behind headphones: impassive outside, and inside as the model has it.
=== rory_headphones ===
{
- state_of("rory") == "flooded":
    Nothing shows on her face. Inside, her heart is racing. #body:rory.flooded
- state_of("rory") == "escalated":
    Nothing shows on her face. Underneath, her pulse is climbing. #body:rory.hot
- state_of("rory") != "calm":
    Nothing shows on her face. She isn't as still inside as she looks. #body:rory.stirred
- else:
    Nothing shows on her face, and for now there isn't much to hide. #body:rory.calm
}
A stonewall looks like calm from the doorway. It isn't: it costs the one behind it (Gottman and Levenson), and to Mateo it is the door shutting twice. #coach
->->

// ---------------------------------------------------------------------------------------------
// The soft track
// ---------------------------------------------------------------------------------------------

=== rory_his_kitchen ===
~ note_floods()
{
- flooded("mateo"):
    -> rory_the_flood
}
{
- state_of("mateo") == "escalated" || stance_of("mateo") == "defending":
    It's just… in my family, a shut door means something's wrong. That's all. #speaker:mateo #move:mateo.defend
- else:
    ~ rory_he_told = true
    In Mum's flat nobody shut a door. Six of us and my nan; the kitchen was where you lived. You did your homework on the table with someone frying onions. #speaker:mateo #move:mateo.share_vulnerable
    The only door that stayed shut was the back room, the year before Dad left. Every evening, door shut. And then he was gone. #speaker:mateo #move:mateo.share_vulnerable
    {
    - received("rory") == "misread":
        -> rory_heard_wrong("the year before Dad left", "a rule: never shut a door again") ->
    }
    What was under the knocking: a closed door, to him, is how a family ends. Not a judgement of her; an old alarm. #coach
}
<- rory_break_offer
* [{rory_he_told:I'm not your dad, Mateo. That's not fair on me.|Something's wrong because I want a room? That's not fair on me.} #move:defend]
    ~ rory_last = "defend"
    ~ rory_pressure += 1
    {rory_he_told:I'm not your dad, Mateo. That's not fair on me.|Something's wrong because I want a room? That's not fair on me.} #speaker:rory
    {rory_he_told:Fair, and it shuts the door he just opened. Being compared to someone who left is a heavy thing to carry; defending against it means he learns not to tell her.|Fair, and it argues with the alarm instead of asking where it comes from: he has only half said it, and now he won't say the rest.} #coach
* [That's why the door gets to you. It's not that door, though. I'm not going anywhere. #move:validate]
    ~ rory_last = "validate"
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    {rory_he_told:That's why the door gets to you.|So the door means something.} It's not that door, though. I'm not going anywhere. #speaker:rory
    Validation: his alarm makes sense from where he stands, and she doesn't have to give up the door to say so. #coach
* [Go and sit by him on the box of coats. Just sit. #move:turn_toward]
    ~ rory_last = "turn_toward"
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    Rory gets out of the green chair and sits down next to him on the box of coats. It creaks. Neither of them says anything for a moment.
    Turning toward him without a word. Someone who withdraws can still reach: this is what reaching looks like in a small room. #coach
- (answers)
{
- flooded("mateo"):
    Mateo looks at his hands. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    Don't. I don't need handling. #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- rory_last == "defend":
    {rory_he_told:I know you're not. I didn't say you were.|I didn't say wrong with you. I said that's what it means to me.} #speaker:mateo #move:mateo.defend
- state_of("mateo") == "escalated":
    Yeah. Sorry. It's stupid. #speaker:mateo #move:mateo.withdraw
- else:
    My head knows. The rest of me is eleven and listening at the back room. #speaker:mateo #move:mateo.turn_toward
}
{
- rory_pressure >= 2:
    -> rory_heating_up
}
-> rory_her_side

=== rory_her_side ===
~ note_floods()
{
- flooded("mateo"):
    -> rory_the_flood
}
{
- state_of("mateo") == "escalated" || stance_of("mateo") == "attacking":
    So what's the door for, then? #speaker:mateo #move:mateo.demand
- else:
    So what is it, for you? The door. #speaker:mateo #move:mateo.bid
}
<- rory_break_offer
* [Tell him about Tern Street: four kids, one lock, reading in the bath till the water went cold. #move:share_vulnerable]
    ~ rory_last = "share_vulnerable"
    ~ rory_she_told = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    You know I'm the eldest of four. On Tern Street the only door with a lock was the bathroom. I used to read in the bath until the water went cold, because it was the only place nobody needed anything. #speaker:rory
    When I got my own flat I sat on the floor the first night and cried, it was so quiet. I love you. I'm scared that if I don't have a door, I'll disappear into us. #speaker:rory
    Letting him in. The one who withdraws has a soft feeling too; saying it is what turns the door from a verdict into a need. #coach
* [It's not a big deal. I just like reading. #move:dismiss]
    ~ rory_last = "dismiss"
    It's not a big deal. I just like reading. #speaker:rory
    Shrinking it protects her from having to explain, and leaves him guessing, and people who are afraid guess the worst. #coach
* [I read an article on the bus. Apparently the woman's meant to be the one chasing. So I'm doing it wrong. #move:humor]
    ~ rory_last = "humor"
    I read an article on the bus. Apparently the woman is meant to be the one doing the chasing, and the man hides in the shed. So I'm doing it wrong. Back to square one. #speaker:rory
    The article was wrong about them: roles follow the issue and who wants the change, not gender. Whoever wants the change tends to pursue (Christensen & Heavey; Holley, Sturm & Levenson 2010), and tonight Mateo wants the change. #coach
- (answers)
{
- flooded("mateo"):
    Mateo nods without taking it in. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "humor":So I'm the woman in this. Great.|Disappear. So I'm the thing you disappear into.} #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- rory_last == "dismiss" && state_of("mateo") != "calm":
    It's not nothing, though. It's every night. #speaker:mateo #move:mateo.criticize
- rory_last == "dismiss":
    It feels like a big deal. To me, anyway. #speaker:mateo #move:mateo.bid
- rory_last == "humor" && state_of("mateo") == "escalated":
    Mateo almost laughs.
    Great. I'm doing it wrong too, then. #speaker:mateo #move:mateo.defend
- rory_last == "humor":
    Mateo laughs, properly.
    We're both doing it wrong, then. I'm the one who cooks for eleven and cries at the adverts. #speaker:mateo #move:mateo.humor
- state_of("mateo") == "escalated":
    I didn't know that. About the bath. #speaker:mateo #move:mateo.turn_toward
- else:
    He is quiet for a moment.
    You never told me about the bath. I don't want you to disappear. That's the opposite of what I want. #speaker:mateo #move:mateo.validate
}
{
- rory_pressure >= 2:
    -> rory_heating_up
}
-> rory_the_ask

=== rory_the_ask ===
~ note_floods()
{
- flooded("mateo"):
    -> rory_the_flood
}
{
- rory_asked_space:
    She has asked for time on her own tonight. What she wants is bigger than tonight, and she hasn't said it plainly yet.
- else:
    She knows what she wants. So far it has only come out as what she doesn't.
}
<- rory_break_offer
* [Here's what I'd like: the little room after work, half an hour, door shut. Then I come out, and I'm really out. #move:ask_space=30]
    ~ rory_last = "ask_space"
    ~ rory_asked_space = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    Here's what I'd like. The little room after work, half an hour, door shut. Then I come out, and I'm really out. Phone down, you, us. #speaker:rory
    Asking for space directly, with a time to come back: the other half of Lancer's advice. A no to half an hour is not a no to him, and the time on it lets him believe that. #coach
* [From now on you knock, and nobody gets invited without asking me. Those are the rules. #move:demand]
    ~ rory_last = "demand"
    ~ rory_laid_rule = true
    ~ rory_pressure += 2
    From now on, you knock, and nobody gets invited without asking me. Those are the rules. #speaker:rory
    The foot, put down. It may get the knock, and it is a rule, not a request: to someone who is afraid of being shut out, rules sound like the terms of a lease. #coach
* [Tomorrow can stay. Next time ask me before you ask them. And Sunday, can we leave at four? #move:soft_startup]
    ~ rory_last = "soft_startup"
    ~ rory_asked_four = true
    ~ rory_pressure = MAX(rory_pressure - 1, 0)
    Tomorrow can stay; I like Luis, even if he is an idiot. Next time, ask me before you ask them. And Sunday, can we leave at four? #speaker:rory
    A boundary with a yes in it: the friends are welcome, the asking is what she wants. #coach
- (answers)
{
- flooded("mateo"):
    Mateo nods, but he is somewhere else. #move:mateo.withdraw
- rory_last == "demand" && state_of("mateo") != "calm":
    Rules. Great. Anything else, or can I go and eat? #speaker:mateo #move:mateo.criticize
- rory_last == "demand":
    Okay. I'll knock. #speaker:mateo #move:mateo.defend
    He says it like a sentence handed down.
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "ask_space":Half an hour. So I get what's left after.|Four. So you're already planning the escape.} #speaker:mateo #move:mateo.criticize
    -> rory_misread_note ->
- rory_last == "soft_startup":
    He grins.
    Four. Mum will kill me. Okay. Four. #speaker:mateo #move:mateo.humor
- state_of("mateo") == "escalated":
    Half an hour. Okay. I'll try. #speaker:mateo #move:mateo.turn_toward
- else:
    He breathes out.
    Half an hour. I can do that. I think I can do that. #speaker:mateo #move:mateo.turn_toward
}
{
- rory_pressure >= 2:
    -> rory_heating_up
}
-> rory_his_ask

=== rory_his_ask ===
~ note_floods()
{
- flooded("mateo"):
    -> rory_the_flood
}
{
- state_of("mateo") == "escalated" || stance_of("mateo") == "protesting":
    Just tell me when you're coming out. That's all I want. #speaker:mateo #move:mateo.demand
- else:
    Can I ask for something too? When the door's shut, tell me when you'll come out. Then I won't keep coming to check. #speaker:mateo #move:mateo.ask_closeness
    Now he is asking for closeness directly, instead of knocking for it. It's the other half of the same advice: each of them saying what they need. #coach
}
<- rory_break_offer
* [I'm not going to clock in and out of my own room. #move:criticize]
    ~ rory_last = "criticize"
    I'm not going to clock in and out of my own room. #speaker:rory
    A request for closeness heard as control. After a week of being followed from room to room it is easy to hear, and it turns his first direct ask into a failure. #coach
    {
    - flooded("mateo") || state_of("mateo") == "escalated":
        Mateo looks at her for a long moment, and then he goes. #move:mateo.withdraw
    - else:
        Mateo nods at the floor.
        Right. Okay. Forget I asked. #speaker:mateo #move:mateo.withdraw
    }
    -> rory_roles_flip
* [Yes. I'll always say a time. #move:turn_toward]
    ~ rory_last = "turn_toward"
    Yes. I'll always say a time. And if I'm late, knock. Knock. Don't open. #speaker:rory
    Saying yes to a need that is not hers: a time to come out costs her nothing she needs, and gives him the one thing he does. #coach
* [Honestly? I'm scared of that too. That I'll start hiding from you, and you'll stop knocking. #move:share_vulnerable]
    ~ rory_last = "share_vulnerable"
    Honestly? I'm scared of that too. That I'll start hiding from you, and one day you'll stop knocking. #speaker:rory
    Her fear for his: each shows the soft feeling under the hard move. #coach
- (answers)
{
- flooded("mateo"):
    Mateo nods. He doesn't trust his voice. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    {rory_last == "turn_toward":Knock, don't open. Like a landlord.|Stop knocking. So that's what you're waiting for.} #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- rory_last == "share_vulnerable":
    I won't stop knocking. I'll just… knock and wait. #speaker:mateo #move:mateo.validate
- else:
    He smiles.
    Knock, don't open. Deal. #speaker:mateo #move:mateo.turn_toward
}
-> rory_the_arroz

=== rory_the_arroz ===
~ note_floods()
{
- flooded("mateo") || flooded("rory"):
    -> rory_last_break
}
The arroz is going cold in the pan. The book is face down on the green chair.
<- rory_break_offer
* [Take the half hour you asked for. Door shut. Come out when you said. #move:self_soothe]
    ~ rory_last = "self_soothe"
    Okay. I'm going to have my half hour. I'll be out in half an hour. Save me the crispy bit. #speaker:rory
    -> rory_own_time
* [The book can wait. Go and eat with him now, because you want to. #move:turn_toward]
    ~ rory_last = "turn_toward"
    The book can wait. Come on. I'm starving, and it's your mum's. #speaker:rory
    {rory_asked_space:Giving up the half hour she asked for because she wants to is not the same as giving it up to keep the peace. Only Rory knows which this is, and the difference matters next Friday.|Going to him because she wants to. Next Friday she may want the door, and saying so will be easier for tonight.} #coach
    -> rory_supper
* [Ask him to bring his marking in here. He marks, you read, door open. #move:bid]
    ~ rory_last = "bid"
    Bring your marking in here? You mark, I read. Door open. We'll eat in half an hour. #speaker:rory
    Alone together: a third thing between a shut door and the whole evening planned. It's a bid, and it asks him to be quiet in her room, which may be hard for him. #coach
    -> rory_side_by_side

// ---------------------------------------------------------------------------------------------
// The endings of the soft track
// ---------------------------------------------------------------------------------------------

=== rory_own_time ===
{
- received("mateo") == "misread":
    Half an hour. Fine. #speaker:mateo #move:mateo.withdraw
    He goes. He doesn't quite close the door.
- else:
    The crispy bit's mine, but I'll negotiate. #speaker:mateo #move:mateo.humor
    He goes, and closes the door behind him. Softly. All the way.
}
Rory sits in the green chair with her book. For the first few minutes she listens for him, out of habit. #time:10
Then she is in the book, properly, for the first time all week. #time:15
{
- state_of("rory") == "calm":
    Her shoulders come down from her ears. #body:rory.calm
- else:
    She is steadier than she has been all week, if not calm. #body:rory.stirred
}
When the half hour is up she comes out, as she said. Mateo is at the table with two plates and his marking. He hasn't texted once. #time:5
<- rory_break_offer
* [Thank you for the half hour. It helped more than you know. #move:appreciate]
    ~ rory_last = "appreciate"
    Thank you for the half hour. It helped more than you know. #speaker:rory
    Appreciation for the boundary he just honoured. It was hard for him; saying so makes it easier the next time. #coach
* [See? That wasn't so hard. #move:criticize]
    ~ rory_last = "criticize"
    See? That wasn't so hard. #speaker:rory
    A little victory lap. Meant as a joke, it tells him he was being tested, and that he passed, this time. #coach
* [Sit on the arm of his chair and tell him what the book's about. #move:bid]
    ~ rory_last = "bid"
    Rory sits on the arm of his chair, and tells him about the book: a lighthouse keeper, a storm, a man who won't come down.
    Coming out is half of the deal; coming out toward him is the rest. #coach
- (answers)
{
- flooded("mateo"):
    Mateo nods and pushes her plate across. #move:mateo.withdraw
- rory_last == "criticize" && received("mateo") != "let_go":
    It was, actually. It was hard. #speaker:mateo #move:mateo.defend
    He pushes her plate across anyway.
- rory_last == "criticize":
    He rolls his eyes at her and pushes her plate across. #move:mateo.humor
- else:
    He pushes her plate across.
    It was the longest half hour of my life. But you came out. #speaker:mateo #move:mateo.appreciate
}
They eat the arroz, reheated. He saved her the crispy bit. {rory_asked_four:On Sunday they will leave Carmen's at four|On Sunday they will go to Carmen's, and agree on the bus when to leave}{rory_laid_rule:, and the rules will need softening into requests|}.
{
- rory_last == "criticize":
    The door was asked for and honoured; the sting at the end will want a repair tomorrow. A no that is not a rejection needs both halves: the no, and the coming back. #coach
- else:
    A no that is not a rejection: asked for directly, with a time to come out, and kept. The door means a door now, not a verdict. #coach
}
The little room's door stays shut for the half hour she asked for, and then it opens. #ending:boundary_honoured
-> END

=== rory_supper ===
{
- received("mateo") == "misread":
    You don't have to. I don't want you coming out because you feel sorry for me. #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- else:
    Mateo lights the candle he bought for tonight, which she hadn't noticed, and serves her the crispy bit without asking. #move:mateo.bid
}
They eat at the little table by the boxes.
<- rory_break_offer
* [Tell him: I want this, with you. I just need the door to be mine sometimes too. #move:share_vulnerable]
    ~ rory_last = "share_vulnerable"
    I want this, with you. Dinners, Sundays, even Luis. I just need the door to be mine sometimes too, without it meaning anything. #speaker:rory
    Both halves in one breath: the closeness and the space. Neither cancels the other. #coach
* [Ask him about the year of the back room. #move:turn_toward]
    ~ rory_last = "turn_toward"
    {rory_he_told:What was it like? The year of the back room?|What did a shut door mean, at your mum's?} #speaker:rory
    Asking about his alarm, rather than arguing with it. #coach
* [Keep it light: the arroz, the Moomins, Luis. #move:humor]
    ~ rory_last = "humor"
    So Luis. Is he the one who cried at the penalty shoot-out, or the one who fell asleep in your nan's armchair at Christmas? #speaker:rory
    Light is good, and it is also a way of not saying the thing. #coach
- (answers)
{
- flooded("mateo"):
    Mateo can't say anything for a moment. #move:mateo.withdraw
- received("mateo") == "misread":
    {rory_last == "share_vulnerable":Sometimes. So most of the time.|{rory_last == "turn_toward":Why, so you can tell me it's not the same?|You've never even met them properly.}} #speaker:mateo #move:mateo.defend
- rory_last == "humor":
    He laughs, and then he sobers.
    Both. The same night. Thank you for coming out. #speaker:mateo #move:mateo.appreciate
- rory_last == "turn_toward":
    Quiet. Mum stopped singing. I used to sit outside it and do my spellings, so he'd hear someone. #speaker:mateo #move:mateo.share_vulnerable
- else:
    Without it meaning anything. Okay. I'll practise hearing it that way. #speaker:mateo #move:mateo.validate
}
They finish the pan. Later they unpack the last box of his, together, and argue about where the colander goes. #time:30
-> rory_reconnect_or_not

=== rory_side_by_side ===
{
- received("mateo") == "misread":
    He laughs, not quite kindly.
    In here? Like a library. #speaker:mateo #move:mateo.criticize
    -> rory_misread_note ->
    But he fetches his marking anyway.
- else:
    He fetches his pile of Year 4 books and sits on the floor with his back against the box of coats. #move:mateo.turn_toward
}
For half an hour the only sounds are her pages and his red pen. Once he reads her a sentence about a dog that was also a dinosaur, and she laughs, and they go back to it. #time:30
<- rory_break_offer
* [That was nice. Can we do this again? #move:appreciate]
    ~ rory_last = "appreciate"
    That was nice. Can we do this again? #speaker:rory
    Naming what worked, so they can find it again. #coach
* [Tell him: this is what I meant. Not away from you. Just quiet. #move:share_vulnerable]
    ~ rory_last = "share_vulnerable"
    This is what I meant, you know. Not away from you. Just quiet. #speaker:rory
    Turning the evening into a shared meaning: the door is not the enemy; the guessing was. #coach
- (answers)
{
- flooded("mateo"):
    Mateo nods. #move:mateo.withdraw
- else:
    I didn't know quiet could be with someone. At home quiet meant something was wrong. #speaker:mateo #move:mateo.share_vulnerable
}
Then they eat, the arroz reheated and better for it. #time:5
-> rory_reconnect_or_not

// Reaching each other needs both of them under the line and the circle open; if the evening is
// warm but the circle isn't, it is a door honoured rather than a reconnection.
=== rory_reconnect_or_not ===
{
- flooded("mateo") || flooded("rory"):
    -> rory_last_break
- cycle_stage() == "engage-engage" && rory_she_told && rory_he_told:
    He knows now that her door is where she goes to come back, not to leave; she knows where his knocking comes from, the back room and an eleven-year-old outside it, which explains it without making it all right. #coach
    Neither of them fixed anything tonight. But for once they are on the same side of the door. #ending:reconnected
    -> END
}
It isn't the evening either of them planned, and it isn't a fight. The door has been asked for and he has heard it; there will be more of this to talk through, slower. #ending:boundary_honoured
-> END

// ---------------------------------------------------------------------------------------------
// The break offer, the misreads
// ---------------------------------------------------------------------------------------------

=== rory_break_offer ===
+ {flooded("rory")} [{rory_on_stairs:Text him: Walking for twenty minutes. Then I'll come and find you.|I'm too wound up to do this well. Twenty minutes on my own, then I'll come and find you.} #move:take_break=20]
    ~ rory_last = "take_break"
    { rory_on_stairs:
        ~ rory_break_by = "walk"
        ~ rory_on_stairs = false
        Walking for twenty minutes. Too wound up. Then I'll come and find you. #speaker:rory
      - else:
        I'm too wound up to do this well. I need twenty minutes on my own, and then I'll come and find you. #speaker:rory
    }
    Rory is past the flooding line herself: words come out harder than she means them, and warm ones are hard to reach. Calling a break with a time to come back is the skill, and it is the opposite of a door slammed. #coach
    -> rory_call_break

// A warm move heard as a push-off, noted once a path.
=== rory_misread_note ===
{
- not rory_taught_misread:
    ~ rory_taught_misread = true
    That was warm, and it landed as a push-off: eight days of shut doors have worn his goodwill thin, and a kind sentence can land on the bruise (Weiss: sentiment override). It isn't Rory's failure. Staying warm through a misfire is how the sentiment changes. #coach
}
->->

// Rory hears a kind sentence of his as one more claim on her: her own sentiment override.
=== rory_heard_wrong(said, as) ===
Rory hears "{said}", and what arrives is {as}. She has to remind herself what he actually said.
{
- state_of("rory") != "calm":
    Her face goes hot before she can stop it. #body:rory.stirred
}
{
- not rory_taught_heard:
    ~ rory_taught_heard = true
    That one was Rory's misfire, not his. After a week of being followed from room to room, even a kind sentence can arrive sounding like a claim (sentiment override runs both ways). Checking what was said, before answering what was heard, is the repair. #coach
}
->->

// ---------------------------------------------------------------------------------------------
// The heat
// ---------------------------------------------------------------------------------------------

=== rory_heating_up ===
~ note_floods()
{
- flooded("mateo"):
    Mateo's voice goes up and keeps going.
    I cook, I unpack your books, I plan the whole weekend, and you shut a door in my face! #speaker:mateo #move:mateo.blame
- stance_of("mateo") == "cold":
    Mateo doesn't raise his voice. He just looks tired.
    I can't do anything right in this flat, can I. #speaker:mateo #move:mateo.withdraw
- state_of("mateo") == "escalated" || stance_of("mateo") == "attacking":
    I can't do anything right in this flat. I cook, I plan, and you shut the door. #speaker:mateo #move:mateo.criticize
- else:
    Why is it always this door, Rory? #speaker:mateo #move:mateo.demand
}
~ note_floods()
{
- state_of("rory") == "flooded":
    Rory's heart is pounding so hard she can hear it. #body:rory.flooded
- state_of("rory") == "escalated":
    Rory's pulse is up in her throat. #body:rory.hot
- state_of("rory") == "activated":
    Rory feels the walls of the little room come in a step. #body:rory.stirred
}
She can feel the evening tipping, and which way she wants to push it.
+ [You don't cook for me, you cook at me. You never ask what I want. #move:blame]
    ~ rory_last = "blame"
    ~ rory_pressure += 1
    You don't cook for me, you cook at me. You never ask what I want. #speaker:rory
    The hurt is real: nobody asked her. As blame it becomes a verdict on who he is, and he can only defend or go under. #coach
    -> rory_the_flood
+ [Wait. I'm pulling away and you're coming after me, and we're both losing. Can we start again? #move:repair]
    ~ rory_last = "repair"
    ~ rory_pressure = 0
    Wait. I'm pulling away, and you're coming after me, and the more I pull the more you come. We're both losing. Can we start again? #speaker:rory
    A repair that names the cycle: the problem becomes the dance, not him and not her. #coach
    -> rory_repair_answer
+ [I'm getting wound up. Twenty minutes on my own, then I'll come and find you in the kitchen. #move:take_break=20]
    ~ rory_last = "take_break"
    I'm getting wound up. I need twenty minutes on my own, and then I'll come and find you in the kitchen. #speaker:rory
    {flooded("mateo") || flooded("rory"):Someone is already over the flooding line, so this is the break the evening needs, and it comes with a time to come back.|A break called early, before anyone is over the line, with a time to come back. That is what makes it a break and not a door slammed.} #coach
    -> rory_call_break
+ [Shut the door. Gently, but shut. #move:stonewall]
    ~ rory_last = "stonewall"
    ~ rory_door_shut_on_him = true
    Rory gets up and closes the door on him. Gently. All the way.
    -> rory_headphones ->
    -> rory_behind_the_door

=== rory_behind_the_door ===
~ note_floods()
{
- stance_of("mateo") == "cold" || (not flooded("mateo") && state_of("mateo") != "escalated"):
    On the other side of the door, nothing. Then his steps going away down the hall. #move:mateo.withdraw
    -> rory_roles_flip
}
The handle goes down, and the door opens again.
Don't do this. Don't shut the door on me. I'm talking to you. #speaker:mateo #move:mateo.demand
-> rory_the_flood

=== rory_repair_answer ===
{
- flooded("mateo"):
    Mateo nods once, without looking at her. It isn't clear the words got through. #move:mateo.withdraw
- received("mateo") == "misread":
    ~ rory_misfired = true
    Start again so you can say it nicer? #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- state_of("mateo") == "escalated":
    He lets out a long breath.
    Yeah. Okay. Start again. #speaker:mateo #move:mateo.turn_toward
- else:
    Mateo almost smiles.
    Please. #speaker:mateo #move:mateo.turn_toward
}
{
- flooded("mateo"):
    -> rory_the_flood
- rory_his_kitchen == 0:
    -> rory_his_kitchen
- rory_the_ask == 0:
    -> rory_the_ask
}
-> rory_his_ask

=== rory_the_flood ===
~ note_floods()
~ temp mateo_was = state_of("mateo")
{ rory_last == "ask_space" || rory_last == "share_vulnerable" || rory_last == "validate" || rory_last == "turn_toward" || rory_last == "soft_startup" || rory_last == "humor":
    Whatever she meant, it lands on him like the door closing again. Something in his face tips over.
}
{
- flooded("mateo"):
    Mateo is in the doorway, filling it, and his voice has gone high and fast. #body:mateo.flooded
    {rory_the_flood > 1:Don't shut me out again! Not again!|We moved in together! Together! I'm not doing this through a door!} #speaker:mateo #move:mateo.demand
- mateo_was == "escalated":
    Mateo won't let it go. He is in the doorway, one hand on the frame.
    So that's it? I just stand out here while you decide when I'm allowed in? #speaker:mateo #move:mateo.criticize
- else:
    Mateo stays in the doorway, braced.
    Say it, then. Whatever it is. #speaker:mateo #move:mateo.demand
}
~ note_floods()
{
- state_of("rory") == "flooded":
    Rory's heart is hammering. Every part of her wants him out of the room. #body:rory.flooded
- state_of("rory") == "escalated":
    Rory's face is burning. #body:rory.hot
}
{
- flooded("mateo") && not rory_taught_flood:
    ~ rory_taught_flood = true
    That is Mateo over the flooding line: past about 100 beats a minute the body stops taking words in (Gottman). Pursuit that has gone loud is as much a flood as a stonewall is. #coach
}
{ not rory_taught_doorway:
    ~ rory_taught_doorway = true
    Staying in the doorway of a room she wants to be alone in, when she asks him out of it, isn't the dance any more; it's blocking, and it's his to stop. Her way out of the room is hers; she doesn't owe him an argument to use it. #coach
}
+ [Get out of my room, Mateo. Now. #move:demand]
    ~ rory_last = "demand"
    ~ rory_pressure += 1
    Get out of my room, Mateo. Now. #speaker:rory
    -> rory_foot_down
+ [Fine. Five minutes, and then we finish this. #move:take_break=5]
    ~ rory_last = "take_break"
    Fine. Five minutes, and then we finish this. #speaker:rory
    -> rory_five_minutes
+ [We're both too hot. Twenty minutes apart, then I'll come to the kitchen. #move:take_break=20]
    ~ rory_last = "take_break"
    We're both too hot for this. Twenty minutes apart, and then I'll come to the kitchen. I promise. #speaker:rory
    -> rory_call_break
+ [Get your coat and keys, and go. #move:withdraw]
    ~ rory_last = "withdraw"
    Rory pushes past him into the hall, grabs her coat from the top of the WINTER box and her keys from the bowl.
    -> rory_out_the_door

=== rory_foot_down ===
~ note_floods()
{
- not rory_flood_seen:
    Mateo steps back as if she has pushed him.
    Fine. It's your room. #speaker:mateo #move:mateo.withdraw
    He closes the door, very quietly.
    Her foot, put down in anger, and it worked: he is gone. Nobody was over the line, so nobody slammed anything. What went out of the room with him was the hurt. #coach
    -> rory_roles_flip
}
{
- flooded("mateo"):
    It's my flat too! #speaker:mateo #move:mateo.blame
- else:
    Mateo stares at her. #move:mateo.withdraw
}
He is gone. The front door slams so hard the boxes in the hall shift. From the window she watches him go down Mill Lane with no coat, towards Dani's. #move:mateo.withdraw
-> rory_after_the_door

=== rory_out_the_door ===
~ note_floods()
{
- flooded("mateo"):
    Where are you going? Rory! You can't just go! #speaker:mateo #move:mateo.demand
- stance_of("mateo") == "cold":
    Mateo doesn't follow. #move:mateo.withdraw
- else:
    Rory? Where are you going? #speaker:mateo #move:mateo.bid
}
She is on the stairs. Two flights down, the launderette's warm air comes up through the floor.
~ rory_on_stairs = true
<- rory_break_offer
* [Keep going. Phone off. #move:withdraw]
    ~ rory_last = "withdraw"
    ~ rory_on_stairs = false
    She turns her phone off before it can ring, and walks.
    Leaving when flooded isn't the mistake; leaving with no time to come back is. To the one left behind an open-ended exit feels like abandonment, and to Mateo it is the back room all over again. #coach
    -> rory_after_the_door
* [Text him from the stairs: Out for a walk. Back in half an hour. I'm coming back. #move:take_break=30]
    ~ rory_last = "take_break"
    Out for a walk. Back in half an hour. I'm coming back. #speaker:rory
    The same exit, turned into a break by one line: a time to come back makes leaving safe for both of them. #coach
    ~ rory_break_by = "walk"
    ~ rory_on_stairs = false
    -> rory_twenty_minutes
* [Go back up and finish it. #move:criticize]
    ~ rory_last = "criticize"
    ~ rory_on_stairs = false
    She goes back up the stairs two at a time.
    And another thing. You don't get to follow me round the flat like I'm a cat that might get out. #speaker:rory
    {
    - flooded("mateo") || flooded("rory") || rory_flood_seen:
        Mateo grabs his keys. The front door slams behind him so hard the boxes shift. #move:mateo.withdraw
        -> rory_after_the_door
    }
    Mateo looks at her for a long moment, and goes into the bedroom, and shuts the door. #move:mateo.withdraw
    -> rory_roles_flip

=== rory_after_the_door ===
~ note_floods()
{
- rory_out_the_door > 0 && rory_last == "withdraw":
    She walks to the canal and back with her phone off. The flat, when she gets home, is dark. Mateo has gone to Dani's. #time:25
- else:
    Rory is alone in the flat with the boxes and the cold pan. Her phone is in her hand.
}
{
- not rory_flood_seen:
    -> rory_roles_flip
}
+ {flooded("rory")} [Put the phone in a drawer and give yourself twenty minutes before doing anything. #move:take_break=20]
    ~ rory_last = "take_break"
    Rory puts the phone in the kitchen drawer with the takeaway menus, sits on the floor of the little room, and breathes, four in, six out, and lets twenty minutes go by. #time:20
    {
    - state_of("rory") == "calm":
        By the end of it her hands are steady. #body:rory.calm
    - else:
        By the end of it she is steadier, if not calm. #body:rory.stirred
    }
    A break of her own. It can't bring him back, but it means the next thing she sends won't come from the flood. #coach
* [Text him: Don't bother coming back tonight. #move:blame]
    ~ rory_last = "blame"
    Don't bother coming back tonight. #speaker:rory
    {
    - flooded("mateo"):
        The message shows as read. No reply. #move:mateo.withdraw
    - else:
        Fine. #speaker:mateo #move:mateo.withdraw
    }
    A message sent in anger keeps the fight going after the room is empty. #coach
* [Text him: I'm sorry it went like that. I meant the door, not you. Come home when you're ready. #move:repair]
    ~ rory_last = "repair"
    I'm sorry it went like that. I meant the door, not you. Come home when you're ready. #speaker:rory
    {
    - flooded("mateo"):
        The message shows as read. No reply. #move:mateo.withdraw
    - received("mateo") == "misread":
        When I'm ready. Thanks for the permission. #speaker:mateo #move:mateo.defend
    - else:
        Ok. At Dani's. Need a bit. Home by 11. #speaker:mateo #move:mateo.ask_space=90
        ~ rory_he_gave_a_time = true
    }
    A repair after the fact. It can't undo the slammed door, but it leaves the other door open. #coach
* [Sit in the green chair, and don't text anyone. #move:self_soothe]
    ~ rory_last = "self_soothe"
    Rory sits in the green chair with the door open, for once, and doesn't text anyone.
    {
    - state_of("rory") == "calm":
        After a while her hands are steady again. #body:rory.calm
    - else:
        Her hands are still not quite steady. #body:rory.stirred
    }
    Self-soothing instead of chasing the fight by text: she can't calm him from here, but she can calm herself. #coach
- (ending)
{
- rory_last == "blame":
    He comes back after midnight and sleeps on the sofa between the boxes. In the morning Dani and Luis cancel, politely. #time:120
- rory_last == "repair":
    He comes back at eleven{rory_he_gave_a_time:, as he said,} and stands in the hall with his coat still on. Neither of them knows how to start, so neither of them does. #time:120
- else:
    He comes back late. She hears him in the hall, not coming to the little room, and doesn't go out. #time:120
}
She put her foot down, and she was right that she needed to. It came out in anger, with no time to come back, and what he heard was the back room, not the boundary. #coach
The door she wanted is shut. So is the other one. #ending:walked_out
-> END

=== rory_five_minutes ===
Rory sits in the green chair and watches the clock on her phone. Through the wall she can hear him in the kitchen, not eating.
Five minutes. Then the knock. #time:5
{
- flooded("mateo"):
    It's been five minutes. Can we finish this now? #speaker:mateo #move:mateo.demand
- stance_of("mateo") == "cold":
    Mateo opens the door, looks at her, and says nothing. #move:mateo.withdraw
- else:
    Five minutes. Are we okay? #speaker:mateo #move:mateo.demand
}
{
- state_of("rory") == "flooded":
    And it is all back at once, as if he never left. Her heart is slamming. #body:rory.flooded
}
{
- not rory_taught_twenty:
    ~ rory_taught_twenty = true
    Five minutes rarely bring a flooded body back down; it takes about twenty (Gottman), spent on something other than rehearsing the argument. #coach
}
+ [I'm not calmer. Twenty minutes, properly, and then I'll come to the kitchen. #move:take_break=20]
    ~ rory_last = "take_break"
    I'm not calmer. I need twenty minutes, properly, and then I'll come to the kitchen. I promise. #speaker:rory
    Noticing that you are still wound up, and saying so, is the skill. #coach
    -> rory_last_break
* [Fine. Let's finish it, then. #move:defend]
    ~ rory_last = "defend"
    Fine. Let's finish it, then. #speaker:rory
    -> rory_the_flood
* [Forget it. #move:withdraw]
    ~ rory_last = "withdraw"
    Forget it. I'm done for tonight. #speaker:rory
    -> rory_roles_flip

// ---------------------------------------------------------------------------------------------
// The break and the return
// ---------------------------------------------------------------------------------------------

=== rory_call_break ===
{
- rory_twenty_minutes == 0:
    {rory_break_by == "":
        ~ rory_break_by = "rory"
    }
    -> rory_twenty_minutes
}
-> rory_last_break

=== rory_twenty_minutes ===
// The break has started: Rory named it (and a time to come out). Mateo's answer is said now,
// during the break, in the state he is in.
{
- rory_break_by == "walk":
    {
    - flooded("mateo"):
        ~ rory_flood_seen = true
        Ok. #speaker:mateo #move:mateo.take_break
    - else:
        Ok. Thanks for saying. #speaker:mateo #move:mateo.take_break
    }
    She walks down Mill Lane to the canal. The towpath is dark and smells of wet leaves.
- flooded("mateo"):
    Mateo looks at her. When he answers, his voice is flat.
    Twenty minutes. Okay. #speaker:mateo #move:mateo.take_break
    He goes, and pulls the door to behind him.
- else:
    Twenty minutes. Okay. #speaker:mateo #move:mateo.take_break
    He goes, and pulls the door to behind him.
}
{
- not rory_taught_twenty:
    ~ rory_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. A break has a time to come back, and no punishment in it. #coach
}
{rory_break_by == "walk":At the second bridge she notices she is still arguing with him in her head, and winning.|Rory sits in the green chair with the book open and reads nothing.} #time:6
{
- (stance_of("mateo") == "protesting" || stance_of("mateo") == "attacking" || flooded("mateo")) && rory_break_by != "walk":
    -> rory_he_knocks
}
Then her own alarm goes off, the old one: he's out there with the cold pan, thinking the worst; go now, make it right, make it stop. #time:2
+ {flooded("rory")} [Let the guilt ring itself out and give it the full twenty. #move:take_break=20]
    -> held
* {not flooded("rory")} [Let the guilt ring itself out and give it the full twenty. #move:self_soothe]
    -> held
* [Text him: Sorry. Are you okay? #move:bid]
    ~ rory_cut_short = "text"
    ~ rory_last = "bid"
    Sorry. Are you okay? #speaker:rory
    -> cut_short
* [Go back early. You feel fine now; better to sort it. #move:repair]
    ~ rory_cut_short = "early"
    ~ rory_last = "repair"
    {rory_break_by == "walk":She turns round at the first bridge and is home in ten minutes.|She opens the door before ten minutes are up and goes to the kitchen.}
    I'm back. I'm fine. Let's just sort it out. #speaker:rory
    -> cut_short

= held
Guilt isn't an instruction. She lets it say its piece without doing what it says.
{rory_break_by == "walk":She walks to the lock and watches the water go down, and back.|She reads a page. Then another one, and this time she takes it in.} #time:7
{
- state_of("rory") == "calm":
    Somewhere in there her shoulders come down. #body:rory.calm
- else:
    She is steadier than she was, if not calm yet. #body:rory.stirred
}
{rory_break_by == "walk":When it's nearly time she turns for home.|When the twenty minutes are up she closes the book.} #time:6
-> rory_the_return

= cut_short
// Her text or her early return ends the break: a partner still cooling floods again.
{
- rory_cut_short == "early" && flooded("mateo"):
    ~ rory_flood_seen = true
    Mateo is at the table with his arms round himself. He looks at her as if she has come back with more. #body:mateo.flooded
    You said twenty minutes. I'm not… not yet. #speaker:mateo #move:mateo.ask_space=10
- rory_cut_short == "early":
    Mateo looks up from his marking, startled.
    Already? Okay. Sit down. #speaker:mateo #move:mateo.turn_toward
- flooded("mateo"):
    ~ rory_flood_seen = true
    The message shows as read. Then a reply.
    Just come out when you said. #speaker:mateo #move:mateo.ask_space=10
- received("mateo") == "misread":
    The message shows as read. Then a reply.
    Are YOU ok? You're the one who left. #speaker:mateo #move:mateo.criticize
- else:
    The message shows as read. Then a reply.
    I'm ok. See you when you said x #speaker:mateo #move:mateo.turn_toward
}
{
- flooded("mateo"):
    Reaching into a break, even to check, starts it over for a body that was still cooling: the twenty minutes only count if nothing cuts into them. The guilt is the alarm talking, not a failing. #coach
- else:
    He was steady enough to take it this time. Still, a reach into a break asks for reassurance the break can't give yet; the time was the point. #coach
}
<- rory_break_offer
+ [Okay. Twenty minutes, properly. {rory_cut_short == "text":I won't text again.|I won't come out early again.} #move:take_break=20]
    ~ rory_last = "take_break"
    Okay. Twenty minutes, properly. {rory_cut_short == "text":I won't text again.|I won't come out early again.} #speaker:rory
    -> rory_last_break
* {not flooded("mateo")} [{rory_cut_short == "text":Go out to the kitchen after all, and talk now.|Sit down with him, and talk now.} #move:turn_toward]
    ~ rory_last = "turn_toward"
    {rory_cut_short == "text":She goes out to the kitchen after all and sits down opposite him.|She sits down opposite him.}
    The break is over, whatever the clock says. They talk now, or not at all. #coach
    {
    - rory_the_ask == 0:
        -> rory_the_ask
    }
    -> rory_his_ask

=== rory_he_knocks ===
// A pursuer's alarm breaks a break by knocking; a body still cooling floods again.
~ rory_cut_short = "knock"
~ temp tea = not flooded("mateo")
Eight minutes in, a soft knock.
{
- not tea:
    Rory? Are you actually coming out? #speaker:mateo #move:mateo.demand
- else:
    I made you a tea. I'll leave it outside. #speaker:mateo #move:mateo.bid
}
~ note_floods()
{
- state_of("rory") == "flooded":
    Rory's heart, which had started to slow, picks up again. #body:rory.flooded
- state_of("rory") == "escalated":
    The heat comes straight back up her neck. #body:rory.hot
}
{tea:Knocking into a break, even with tea,|Knocking into a break, even to ask,} is talk inside the twenty minutes: for a body still cooling it starts the clock again. From his side, eight minutes of a shut door felt like the back room; from hers, the knock felt like being followed. Neither is wrong about how it felt. #coach
+ [Through the door: {tea:Thank you. }Twenty minutes, Mateo. I'll come out when they're up. #move:take_break=20]
    ~ rory_last = "take_break"
    {tea:Thank you for the tea. I mean it. Twenty minutes, Mateo. I'll come out when they're up.|I am coming out, Mateo. Twenty minutes. When they're up.} #speaker:rory
    -> rory_last_break
* [Open the door. Fine. Let's talk now. #move:defend]
    ~ rory_last = "defend"
    Rory opens the door.{tea: The tea is on the floor, steaming.}
    Fine. Let's talk now, since we're talking. #speaker:rory
    -> rory_the_flood
* [Say nothing. Wait for his steps to go. #move:stonewall]
    ~ rory_last = "stonewall"
    Rory says nothing. After a while, his steps go away down the hall.
    -> rory_headphones ->
    -> rory_roles_flip

=== rory_the_return ===
~ note_floods()
{
- rory_break_by == "walk":
    When she said she would, she lets herself in. The hall light is on. Mateo is at the table.
- else:
    She goes through to the kitchen.
}
{
- flooded("mateo"):
    I'm here. I don't know if I can talk yet. #speaker:mateo #move:mateo.withdraw
- state_of("mateo") == "escalated" || state_of("mateo") == "activated":
    Mateo sits with his arms folded.
    Okay. Go on, then. #speaker:mateo #move:mateo.defend
- else:
    The pan is back on a low heat. He has put out two plates.
    I'm sorry I kept coming in. I heard the door shut and something in me went: here we go. #speaker:mateo #move:mateo.repair
    {
    - received("rory") == "misread":
        -> rory_heard_wrong("I'm sorry", "the start of a negotiation") ->
    }
}
<- rory_break_offer
* [I'm sorry I shut it like that. I do want the room. I want you too. #move:own_part]
    ~ rory_last = "own_part"
    ~ rory_pressure = 0
    I'm sorry I shut it like that. I do want the room. I want you too. Both. #speaker:rory
    Coming back softer than she left: that is what lets the break pay off. #coach
    -> rory_after_break
* [Can we eat first, and talk after? #move:ask_closeness]
    ~ rory_last = "ask_closeness"
    ~ rory_pressure = 0
    Can we eat first, and talk after? I'm starving. #speaker:rory
    Rory asking for closeness, for once: the one who withdraws reaching first, which is what the one who pursues has been waiting for. #coach
    -> rory_after_break
* [So. Are you going to stop barging in? #move:criticize]
    ~ rory_last = "criticize"
    So. Are you going to stop barging in? #speaker:rory
    Coming back with the same charge restarts the cycle. A break only works if both people come back softer than they left. #coach
    {
    - flooded("mateo") || state_of("mateo") == "escalated":
        Mateo looks at the table. #move:mateo.withdraw
    - else:
        Mateo's face closes.
        I was going to say sorry. #speaker:mateo #move:mateo.withdraw
    }
    -> rory_roles_flip

=== rory_after_break ===
{
- flooded("mateo"):
    For a moment Mateo says nothing, but he doesn't leave the table.
    Give me a minute. #speaker:mateo #move:mateo.ask_space=5
- received("mateo") == "misread":
    His shoulders go up again.
    So we're doing the whole thing again. #speaker:mateo #move:mateo.defend
    -> rory_misread_note ->
- state_of("mateo") == "escalated" || state_of("mateo") == "activated":
    His arms unfold.
    Yeah. Okay. #speaker:mateo #move:mateo.turn_toward
- else:
    He nods slowly.
    Both. I can live with both. #speaker:mateo #move:mateo.validate
}
<- rory_break_offer
* [Thank you for the twenty minutes. Let's eat, and do the weekend tomorrow, over coffee. #move:appreciate]
    ~ rory_last = "appreciate"
    Thank you for the twenty minutes. Let's eat, and do the weekend tomorrow, over coffee. #speaker:rory
    Resuming when both are calm, with a time set. Not everything has to be settled tonight. #coach
    -> rory_break_ending
* [Can I say what I'd like? The little room after work, half an hour. Then I'm really out. #move:ask_space=30]
    ~ rory_last = "ask_space"
    ~ rory_asked_space = true
    Can I say what I'd like? The little room after work, half an hour, door shut. Then I come out, and I'm really out. #speaker:rory
    Asking directly, once both are calm enough to hear it: a request, not a complaint about being followed. #coach
    {
    - flooded("mateo"):
        Mateo nods, but he is a long way off. #move:mateo.withdraw
        -> rory_break_ending
    - received("mateo") == "misread":
        Half an hour. So I get the leftovers. #speaker:mateo #move:mateo.criticize
        -> rory_misread_note ->
        -> rory_break_ending
    - state_of("mateo") == "escalated":
        Okay. Yes. #speaker:mateo #move:mateo.turn_toward
        -> rory_break_ending
    - else:
        He breathes out.
        Half an hour. Okay. I can do that. #speaker:mateo #move:mateo.turn_toward
    }
    -> rory_his_ask

=== rory_break_ending ===
{
- flooded("mateo"):
    They eat without saying much. It isn't a cold silence; it's two people resting. #time:30
- else:
    They eat the arroz at the little table by the boxes. He saved her the crispy bit. #time:30
}
Tomorrow, over coffee, they will do the weekend properly. They stopped when they needed to, came back when they said, and the evening didn't get the last word. #ending:break_and_return
-> END

// A second break, when one is needed again: no reaching into it this time.
=== rory_last_break ===
{
- flooded("mateo"):
    Mateo doesn't look at her. His voice is flat.
    Okay. Twenty minutes. #speaker:mateo #move:mateo.take_break
- else:
    Okay. Yeah. Let's stop. #speaker:mateo #move:mateo.take_break
}
{
- not rory_taught_twenty:
    ~ rory_taught_twenty = true
    Twenty minutes is the least a flooded body needs to come back down (Gottman), and only if nothing reaches into them. #coach
}
{rory_twenty_minutes > 0 || rory_five_minutes > 0:This time nobody reaches into it. }Rory sits in the green chair with the door shut and the book open and lets the pages be pages. #time:12
Through the wall she hears him wash up, slowly, every pan. #time:10
{
- state_of("rory") == "calm":
    When she opens the door her hands are steady. #body:rory.calm
- else:
    When she opens the door she is steadier, if not calm. #body:rory.stirred
}
Mateo is on the sofa with the telly on and the sound off. He looks up when she comes in. #time:3
<- rory_break_offer
* [Sit down next to him. Say nothing about the door yet. #move:turn_toward]
    ~ rory_last = "turn_toward"
    Rory sits down next to him. After a while he lifts his arm, and she leans into it.
    {
    - flooded("mateo"):
        He doesn't say anything. He doesn't move away, either. #move:mateo.withdraw
    - else:
        Hi. #speaker:mateo #move:mateo.turn_toward
    }
* [Tomorrow, over coffee, can we talk about the door? Properly. Not tonight. #move:ask_space=720]
    ~ rory_last = "ask_space"
    Tomorrow, over coffee, can we talk about the door? Properly. Not tonight. #speaker:rory
    {
    - flooded("mateo"):
        Mateo nods at the telly. #move:mateo.withdraw
    - received("mateo") == "misread":
        Tomorrow. Always tomorrow. #speaker:mateo #move:mateo.criticize
    - else:
        Tomorrow. Coffee. Yes. #speaker:mateo #move:mateo.turn_toward
    }
    Resuming with a time set: the break is not the end of the conversation, and saying when it continues is what makes it safe to stop. #coach
* [Thank him for the quiet. #move:appreciate]
    ~ rory_last = "appreciate"
    Thank you. For the quiet. I know it's hard. #speaker:rory
    {
    - flooded("mateo"):
        He nods, not trusting his voice. #move:mateo.withdraw
    - else:
        He almost laughs.
        It was horrible. You're welcome. #speaker:mateo #move:mateo.humor
    }
- (settled)
{rory_twenty_minutes > 0 || rory_five_minutes > 0:The evening needed the break twice; the second time, they let it be one.|They stopped before the evening could say anything worse, and they will come back to it calmer.} #ending:break_and_return
-> END

// ---------------------------------------------------------------------------------------------
// The flip
// ---------------------------------------------------------------------------------------------

=== rory_roles_flip ===
~ note_floods()
Down the hall, the bedroom door closes. Then the muffled sound of the football on his laptop, the volume turned up.
Rory has the little room to herself, the door shut, the whole evening. It is the quiet she wanted all week, and it is the wrong quiet. #time:30
She finds she is listening for him. She finds she is in the hall, outside the bedroom door, the one that is shut now.
{
- not rory_taught_roles:
    ~ rory_taught_roles = true
    Watch what just happened: Mateo stopped reaching, and now Rory is the one who wants something. Roles follow the issue, not the person, and not gender (Christensen & Heavey; Holley, Sturm & Levenson 2010). #coach
}
<- rory_break_offer
* [Knock. Mateo? Can I come in? #move:bid]
    ~ rory_last = "bid"
    ~ rory_knocked = true
    Rory knocks, and waits. She doesn't open it.
    Mateo? Can I come in? #speaker:rory
* [Text him from the other side of the door: Are we okay? #move:bid]
    ~ rory_last = "text"
    ~ rory_knocked = true
    Are we okay? #speaker:rory
* [Wait. He'll come out. He always comes out. #move:withdraw]
    ~ rory_last = "withdraw"
    Rory goes back to the green chair. He'll come out. He always comes out.
    An hour later, he hasn't. #time:60
- (answers)
{
- flooded("mateo") || stance_of("mateo") == "cold":
    I'm fine. Have your evening. #speaker:mateo #move:mateo.withdraw
- rory_last == "withdraw":
    The bedroom door stays shut. #move:mateo.withdraw
- received("mateo") == "misread":
    Now you want to talk. #speaker:mateo #move:mateo.defend
- else:
    Give me a bit. I'm watching the match. #speaker:mateo #move:mateo.dismiss
}
<- rory_break_offer
* [Open the door and sit on the end of the bed. I'm sorry. I didn't mean you. #move:repair]
    ~ rory_last = "repair"
    Rory opens the door. He's on the bed with the laptop. She sits on the end of it.
    I'm sorry. I didn't mean you. I meant the door. #speaker:rory
    {
    - flooded("mateo") || stance_of("mateo") == "cold":
        Mateo doesn't look away from the screen.
        I know. #speaker:mateo #move:mateo.withdraw
    - received("mateo") == "misread":
        You never mean me. #speaker:mateo #move:mateo.defend
    - else:
        He moves his feet to make room. #move:mateo.turn_toward
    }
* [Fine. Be like that. #move:criticize]
    ~ rory_last = "criticize"
    Fine. Be like that. #speaker:rory
    Mateo turns the football up. #move:mateo.withdraw
* [Leave him be, and go to bed in the little room with the door open. #move:withdraw]
    ~ rory_last = "withdraw"
    She leaves him be. She takes a blanket to the green chair and leaves the door open, which she has never done. #time:30
- (ending)
{
- rory_last == "repair":
    Something in him is still shut. Something in her is knocking. Neither of them has been on this side before.
- else:
    She lies awake listening to the match end, and then the quiet, and then nothing.
}
She has the door she asked for. What she hasn't got is him on the other side of it, wanting in.
The one who pursues and the one who withdraws can swap chairs in an evening: Rory wants the contact now, so {rory_knocked:Rory knocks|Rory is the one waiting for a door to open}, and Mateo, hurt, has found out what a shut door is for. #coach
{ rory_knocked:
    For the first time since the van, she is the one knocking on a shut door. #ending:roles_flip
  - else:
    For the first time since the van, she is the one waiting outside a shut door. #ending:roles_flip
}
-> END
