// Common English words, some of which are also words of the languages in this folder ("on", "a", "no",
// "me", "will", "was", "die", "hat"). They never make a message foreign, and in a message that is
// mostly English they keep their English meaning: "order no. 88120 paid" stays English.
// biome-ignore format: a word list
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(`
a about above after again against all almost already also although always am an and another any anyone
anything are aren't around as ask asked at away back bad be because been before being below best better
between both but by call can can't cannot case cases check client close closed code come could couldn't
creditor day days debtor decline declined did didn't do does doesn't doing don't done down during each
either else end even ever every few find first for from full get give go going gone good got had has
hasn't have haven't having he help her here him his how however i i'd i'll i'm i've if in into is isn't
it it's its just keep know last later least less let let's like list made make many may maybe me might
mine more most much must my need never new next no none nor not now of off ok okay old on once one only
or other our out over own paid part pay payment per please put quote quotes rather re really said same
say see send set she should show since so some still stop such take tell than thank thanks that that's
the their them then there these they this those though through thus till time to today too under until
up us very wait want was wasn't way we we'll we're we've well were weren't what when where whether which
while who whom whose why will with within without won't would wouldn't yes yet you you'd you'll you're
your yours accept accepted accepting status info information details documents invoice contract offer
terms register record received withdraw withdrawn select choose submit pending active paused collecting
verification insolvent bankrupt minimum principal limitation duplicate fraud sanctions disputed
coverage outside territory conflict interest address phone emails court settlement settled partially
in full due week month year mail rate dispute disputes licensed licence license adress o stand under mails min fraudulent claim possibly suspicious
monday tuesday wednesday thursday friday saturday sunday tomorrow
`.split(/\s+/).filter(Boolean));
